// compile_source: parse + compile, turning frontend::SyntaxErrorInfo into a
// Python SyntaxError (or IndentationError/TabError) instance.
#include "frontend/compile.h"

#include <cstring>
#include <fstream>
#include <vector>

#include "frontend/ast_objects.h"
#include "frontend/compiler.h"
#include "frontend/parser.h"
#include "frontend/tokenizer.h"
#include "runtime/errors.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type.h"
#include "runtime/thread_state.h"

namespace coil::frontend {

namespace {

// Line `lineno` (1-based) of the file `filename`, with its newline, or "" if unreadable.
std::string read_line_from_file(const std::string& filename, int lineno) {
  if (lineno < 1 || filename.empty() || filename[0] == '<')
    return {};
  std::ifstream in(filename, std::ios::binary);
  if (!in)
    return {};
  std::string line;
  for (int i = 1; std::getline(in, line); i++)
    if (i == lineno)
      return line + "\n";
  return {};
}

void raise_syntax_error(const SyntaxErrorInfo& info, Object* filename, bool from_parser) {
  TypeObject* type = SyntaxError;
  if (info.type == "IndentationError")
    type = IndentationError;
  else if (info.type == "TabError")
    type = TabError;
  std::string text = info.text;
  if (text.empty() && !from_parser)
    text = read_line_from_file(str_to_std(filename), info.lineno);
  Object* msg = str_from_utf8(info.message);
  Object* lineno = int_from_i64(info.lineno);
  Object* offset = int_from_i64(info.offset);
  Object* txt = text.empty() ? none_new() : str_decode_utf8(text, "replace");
  Object* end_lineno = int_from_i64(info.end_lineno);
  Object* end_offset = int_from_i64(info.end_offset);
  Object* loc = nullptr;
  Object* args = nullptr;
  Object* exc = nullptr;
  if (msg && lineno && offset && txt && end_lineno && end_offset) {
    loc = tuple_pack({filename, lineno, offset, txt, end_lineno, end_offset});
    if (loc)
      args = tuple_pack({msg, loc});
    if (args)
      exc = exception_new(type, args);
    if (exc)
      err_raise_instance(exc);
  }
  xdecref(msg);
  xdecref(lineno);
  xdecref(offset);
  xdecref(txt);
  xdecref(end_lineno);
  xdecref(end_offset);
  xdecref(loc);
  xdecref(args);
  xdecref(exc);
}

// lib/_ast.py's namespace (borrowed), imported when `import_it`; nullptr
// without an error when it is not loaded and import_it is false.
Object* ast_namespace(bool import_it) {
  Interpreter* interp = ThreadState::current()->interp;
  Object* mod = interp->modules ? dict_getitem_str(interp->modules, "_ast") : nullptr;
  if (!mod && import_it) {
    Object* import = interp->builtins ? dict_getitem_str(interp->builtins, "__import__") : nullptr;
    if (!import)
      return err_set_string(ImportError, "__import__ not found");
    Object* name = str_from_utf8("_ast");
    Object* m = name ? object_call_one(import, name) : nullptr;
    xdecref(name);
    if (!m)
      return nullptr;
    decref(m); // sys.modules keeps it
    mod = dict_getitem_str(interp->modules, "_ast");
    if (!mod)
      return err_set_string(ImportError, "_ast is not in sys.modules after its import");
  }
  if (!mod)
    return nullptr;
  if (!is_instance_of(mod, &ModuleType))
    return err_set_string(TypeError, "sys.modules['_ast'] is not a module");
  return module_dict(mod);
}

bool parse_mode(const char* mode, ParseMode* pm, CompileOptions* opts) {
  if (std::strcmp(mode, "exec") == 0) {
    *pm = ParseMode::Exec;
    opts->mode = CompileMode::Exec;
  } else if (std::strcmp(mode, "eval") == 0) {
    *pm = ParseMode::Eval;
    opts->mode = CompileMode::Eval;
  } else if (std::strcmp(mode, "single") == 0) {
    *pm = ParseMode::Single;
    opts->mode = CompileMode::Single;
    opts->interactive = true;
  } else if (std::strcmp(mode, "func_type") == 0) {
    *pm = ParseMode::FuncType;
  } else {
    err_set_string(ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    return false;
  }
  return true;
}

// The code of a parsed or converted tree; SyntaxErrors from the symbol
// table and compiler are raised as compile_source does.
Object* compile_tree(ast::Mod* mod, ast::Arena& arena, Object* filename, const CompileOptions& opts,
                     SyntaxErrorInfo& error, std::vector<Object*>* parse_objects = nullptr) {
  Object* code = compile_module(mod, arena, filename, opts, error, parse_objects);
  if (!code) {
    if (!error.message.empty()) {
      if (err_occurred())
        err_clear();
      raise_syntax_error(error, filename, false);
    } else if (!err_occurred()) {
      err_set_string(SystemError, "compiler failed without setting an error");
    }
    return nullptr;
  }
  return code;
}

} // namespace

// compile(tree, ...): `tree` must be an instance of _ast.AST (else the
// builtin's TypeError); converted (and validated) into the frontend's AST.
Object* compile_object(Object* tree, Object* filename, const char* mode, int flags, int optimize) {
  Object* ns = ast_namespace(false);
  if (!ns && err_occurred())
    return nullptr;
  Object* ast_base = ns ? dict_getitem_str(ns, "AST") : nullptr;
  int is_ast = ast_base ? object_isinstance(tree, ast_base) : 0;
  if (is_ast < 0)
    return nullptr;
  if (!is_ast)
    return err_set_string(TypeError, "compile() arg 1 must be a string, bytes or AST object");
  ParseMode pm;
  CompileOptions opts;
  if (!parse_mode(mode, &pm, &opts))
    return nullptr;
  if (pm == ParseMode::FuncType) {
    if (flags & PyCF_ONLY_AST)
      return newref(tree);
    return err_set_string(ValueError, "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
  }
  ast::Arena arena;
  ast::Mod* mod = ast_from_object(tree, ns, mode, arena);
  if (!mod)
    return nullptr;
  if (flags & PyCF_ONLY_AST)
    return newref(tree);
  if (optimize < 0)
    optimize = Interpreter::main() ? Interpreter::main()->config.optimize : 0;
  opts.optimize = optimize;
  opts.flags = flags;
  SyntaxErrorInfo error;
  error.filename = str_to_std(filename);
  return compile_tree(mod, arena, filename, opts, error);
}

int check_script_source(std::string_view raw, Object* filename) {
  ScriptSourceError e;
  if (check_script_bytes(raw, str_to_std(filename), e))
    return 0;
  if (e.lineno == 0) {
    err_set_string(SyntaxError, e.message); // no location, as CPython's file tokenizer
    return -1;
  }
  // (msg, (filename, lineno, None, text)): the text may be empty, never None.
  Object* msg = str_from_utf8(e.message);
  Object* lineno = msg ? int_from_i64(e.lineno) : nullptr;
  Object* text = lineno ? str_decode_utf8(e.text, "replace") : nullptr;
  Object* loc = text ? tuple_pack({filename, lineno, None, text}) : nullptr;
  Object* args = loc ? tuple_pack({msg, loc}) : nullptr;
  Object* exc = args ? exception_new(SyntaxError, args) : nullptr;
  if (exc)
    err_raise_instance(exc);
  xdecref(msg);
  xdecref(lineno);
  xdecref(text);
  xdecref(loc);
  xdecref(args);
  xdecref(exc);
  return -1;
}

Object* compile_source(std::string_view source, Object* filename, const char* mode, int flags, int optimize,
                       Object** parse_objects) {
  ParseMode pm;
  CompileOptions opts;
  if (!parse_mode(mode, &pm, &opts))
    return nullptr;
  if (optimize < 0)
    optimize = Interpreter::main() ? Interpreter::main()->config.optimize : 0;
  opts.optimize = optimize;
  opts.flags = flags;
  if (!str_check(filename))
    return err_format(TypeError, "compile(): filename must be str, not {}", type_name_of(filename));
  std::string fname = str_to_std(filename);
  if (flags & PyCF_ONLY_AST)
    parse_objects = nullptr;
  // The list standing for CPython's arena exists before the code objects
  // (gc.get_referrers lists it first, as CPython's).
  Object* keep = parse_objects ? list_new(0) : nullptr;
  if (parse_objects && !keep)
    return nullptr;
  ast::Arena arena;
  SyntaxErrorInfo error;
  error.filename = fname;
  ast::Mod* mod = parse(source, fname, pm, arena, error, flags);
  if (!mod) {
    xdecref(keep);
    if (err_occurred())
      return nullptr;
    raise_syntax_error(error, filename, true);
    return nullptr;
  }
  if (flags & PyCF_ONLY_AST) {
    Object* ns = ast_namespace(true);
    return ns ? ast_to_object(mod, ns) : nullptr;
  }
  std::vector<Object*> objs;
  Object* code = compile_tree(mod, arena, filename, opts, error, &objs);
  if (code && keep) {
    for (Object* o : objs)
      if (list_append(keep, o) < 0) {
        decref(code);
        code = nullptr;
        break;
      }
  }
  for (Object* o : objs)
    decref(o);
  if (code && keep)
    *parse_objects = keep;
  else
    xdecref(keep);
  return code;
}

void frontend_register() {
  Interpreter::main()->compile_hook = compile_source;
  Interpreter::main()->compile_object_hook = compile_object;
}

} // namespace coil::frontend
