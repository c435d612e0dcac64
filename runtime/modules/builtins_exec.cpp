// compile(), exec(), eval(), globals() and locals(): the builtins that need
// the compiler or the running frame. They reach the frontend and the
// interpreter only through the Interpreter hooks (runtime/thread_state.h),
// so the runtime library does not depend on them.
#include <cstring>

#include "runtime/errors.h"
#include "runtime/modules/builtins_internal.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/code.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/thread_state.h"

namespace coil {
namespace builtins_impl {

static Interpreter* interp() {
  return Interpreter::main();
}

static Object* current_globals() {
  Interpreter* in = interp();
  if (!in || !in->frame_globals_hook)
    return err_set_string(SystemError, "globals(): the interpreter registered no frame hook");
  Object* g = in->frame_globals_hook();
  if (!g && !err_occurred())
    return err_set_string(SystemError, "globals(): no current frame");
  return g;
}

static Object* current_locals() {
  Interpreter* in = interp();
  if (!in || !in->frame_locals_hook)
    return err_set_string(SystemError, "locals(): the interpreter registered no frame hook");
  Object* l = in->frame_locals_hook();
  if (!l && !err_occurred())
    return err_set_string(SystemError, "locals(): no current frame");
  return l;
}

static Object* builtin_globals(Object*, Object*) {
  return current_globals();
}
static Object* builtin_locals(Object*, Object*) {
  return current_locals();
}

// The source text of a str/bytes argument (UTF-8), or false with an error.
static bool source_text(Object* src, const char* func, std::string* out) {
  if (str_check(src)) {
    ssize n = 0;
    const char* p = str_as_utf8(src, &n);
    if (!p)
      return false;
    out->assign(p, static_cast<size_t>(n));
  } else if (bytes_check(src)) {
    out->assign(bytes_view(src));
  } else if (bytearray_check(src)) {
    auto* ba = static_cast<ByteArrayObject*>(src);
    out->assign(ba->buffer ? ba->buffer : "", static_cast<size_t>(ba->size));
  } else {
    err_format(TypeError, "{}() arg 1 must be a string, bytes or code object", func);
    return false;
  }
  if (out->find('\0') != std::string::npos) {
    err_set_string(SyntaxError, "source code string cannot contain null bytes");
    return false;
  }
  return true;
}

static Object* compile_source(std::string_view text, Object* filename, const char* mode, int flags,
                              int optimize, Object** parse_objects = nullptr) {
  Interpreter* in = interp();
  if (!in || !in->compile_hook)
    return err_set_string(SystemError, "compile(): no compiler is registered");
  return in->compile_hook(text, filename, mode, flags, optimize, parse_objects);
}

// compile()'s PyCF_ONLY_AST: return the `ast` tree instead of code.
constexpr int kCompileOnlyAst = 0x400;

static Object* builtin_compile(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const names[] = {"source",   "filename",        "mode", "flags", "dont_inherit",
                                      "optimize", "_feature_version"};
  Object* v[7] = {};
  if (nargs > 6)
    return err_format(TypeError, "compile() takes at most 6 arguments ({} given)", nargs);
  for (ssize i = 0; i < nargs; i++)
    v[i] = args[i];
  for (ssize k = 0; kwnames && k < tuple_size(kwnames); k++) {
    Object* key = tuple_get(kwnames, k);
    int idx = -1;
    for (int i = 0; i < 7; i++)
      if (str_check(key) && str_equal_ascii(key, names[i]))
        idx = i;
    if (idx < 0)
      return err_format(TypeError, "'{}' is an invalid keyword argument for compile()",
                        str_check(key) ? str_to_std(key) : std::string("?"));
    if (v[idx])
      return err_format(TypeError, "argument for compile() given by name ('{}') and position ({})",
                        names[idx], idx + 1);
    v[idx] = args[nargs + k];
  }
  for (int i = 0; i < 3; i++)
    if (!v[i])
      return err_format(TypeError, "compile() missing required argument '{}' (pos {})", names[i], i + 1);
  Object* filename = v[1];
  if (!str_check(filename)) {
    if (bytes_check(filename)) {
      filename = str_decode_utf8(bytes_view(filename), "surrogateescape");
      if (!filename)
        return nullptr;
    } else {
      return err_format(TypeError, "expected str, bytes or os.PathLike object, not {}",
                        type_name_of(filename));
    }
  } else {
    incref(filename);
  }
  Object* result = nullptr;
  int flags = 0, optimize = -1;
  const char* mode = nullptr;
  std::string text;
  if (!str_check(v[2])) {
    err_format(TypeError, "compile() argument 'mode' must be str, not {}", arg_type_name(v[2]));
    goto done;
  }
  if (v[3]) {
    ssize f = number_as_ssize(v[3], OverflowError);
    if (f == -1 && err_occurred())
      goto done;
    flags = static_cast<int>(f);
  }
  for (const char* m : {"exec", "eval", "single", "func_type"})
    if (str_equal_ascii(v[2], m))
      mode = m;
  if (!mode) {
    err_set_string(ValueError, (flags & kCompileOnlyAst)
                                   ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
                                   : "compile() mode must be 'exec', 'eval' or 'single'");
    goto done;
  }
  if (strcmp(mode, "func_type") == 0 && !(flags & kCompileOnlyAst)) {
    err_set_string(ValueError, "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
    goto done;
  }
  if (v[5]) {
    ssize o = number_as_ssize(v[5], OverflowError);
    if (o == -1 && err_occurred())
      goto done;
    optimize = static_cast<int>(o);
    if (optimize < -1 || optimize > 2) {
      err_set_string(ValueError, "compile(): invalid optimize value");
      goto done;
    }
  }
  if (code_check(v[0])) {
    result = newref(v[0]);
    goto done;
  }
  if (!str_check(v[0]) && !bytes_check(v[0]) && !bytearray_check(v[0])) {
    if (interp() && interp()->compile_object_hook) {
      if (optimize == -1)
        optimize = interp()->config.optimize;
      result = interp()->compile_object_hook(v[0], filename, mode, flags, optimize);
    } else {
      err_set_string(TypeError, "compile() arg 1 must be a string, bytes or AST object");
    }
    goto done;
  }
  if (!source_text(v[0], "compile", &text))
    goto done;
  if (optimize == -1 && interp())
    optimize = interp()->config.optimize;
  result = compile_source(text, filename, mode, flags, optimize);
done:
  decref(filename);
  return result;
}

// Shared by exec and eval: resolves globals/locals, compiles str sources,
// runs the code. `mode` is "exec" or "eval".
static Object* run_source(const char* func, const char* mode, Object* const* args, ssize nargs,
                          Object* kwnames) {
  if (nargs < 1 || nargs > 3)
    return err_format(TypeError, "{} expected {} argument{}, got {}", func,
                      nargs < 1 ? "at least 1" : "at most 3", nargs < 1 ? "" : "s", nargs);
  if (kwnames && tuple_size(kwnames)) {
    Object* closure = nullptr;
    if (strcmp(func, "eval") == 0 || !parse_kwonly(func, args + nargs, kwnames, {"closure"}, {&closure}))
      return strcmp(func, "eval") == 0 ? err_set_string(TypeError, "eval() takes no keyword arguments")
                                       : nullptr;
    if (closure && closure != None)
      return err_set_string(NotImplementedError, "exec(): closure is not supported yet");
  }
  Object* source = args[0];
  Object* globals = nargs >= 2 ? args[1] : None;
  Object* locals = nargs >= 3 ? args[2] : None;
  bool is_exec = strcmp(mode, "exec") == 0;
  if (globals != None && !dict_check(globals)) {
    if (is_exec)
      return err_format(TypeError, "exec() globals must be a dict, not {}", type_name_of(globals));
    bool mapping = globals->type->as_mapping && globals->type->as_mapping->subscript;
    return err_set_string(TypeError, mapping ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                             : "globals must be a dict");
  }
  if (locals != None && !(locals->type->as_mapping && locals->type->as_mapping->subscript)) {
    if (is_exec)
      return err_format(TypeError, "locals must be a mapping or None, not {}", type_name_of(locals));
    return err_set_string(TypeError, "locals must be a mapping");
  }
  Object* g;
  Object* l;
  if (globals == None) {
    g = current_globals();
    if (!g)
      return nullptr;
    if (locals == None) {
      l = current_locals();
      if (!l) {
        decref(g);
        return nullptr;
      }
    } else {
      l = newref(locals);
    }
  } else {
    g = newref(globals);
    l = newref(locals == None ? globals : locals);
  }
  Object* result = nullptr;
  Object* code = nullptr;
  Object* parse_objects = nullptr; // CPython's parser arena lives while source runs
  if (!dict_getitem_str(g, "__builtins__")) {
    Interpreter* in = interp();
    if (in && in->builtins && dict_setitem_str(g, "__builtins__", in->builtins) < 0)
      goto done;
  }
  if (code_check(source)) {
    code = newref(source);
  } else {
    std::string text;
    if (!source_text(source, func, &text))
      goto done;
    std::string_view view = text;
    if (!is_exec) {
      // eval() ignores leading spaces and tabs.
      while (!view.empty() && (view.front() == ' ' || view.front() == '\t'))
        view.remove_prefix(1);
    }
    Object* filename = str_from_ascii("<string>");
    if (!filename)
      goto done;
    code = compile_source(view, filename, mode, 0, interp() ? interp()->config.optimize : 0, &parse_objects);
    decref(filename);
    if (!code)
      goto done;
  }
  {
    Interpreter* in = interp();
    if (!in || !in->eval_code_hook) {
      err_format(SystemError, "{}(): no interpreter is registered", func);
      goto done;
    }
    result = in->eval_code_hook(code, g, l);
    if (result && is_exec) {
      decref(result);
      result = none_new();
    }
  }
done:
  xdecref(code);
  xdecref(parse_objects);
  decref(g);
  decref(l);
  return result;
}

static Object* builtin_exec(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return run_source("exec", "exec", args, nargs, kwnames);
}
static Object* builtin_eval(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return run_source("eval", "eval", args, nargs, kwnames);
}

MethodDef exec_functions[] = {
    {"compile", reinterpret_cast<MethodFn>(builtin_compile), METH_FASTCALL | METH_KEYWORDS,
     "Compile source into a code object that can be executed by exec() or eval()."},
    {"exec", reinterpret_cast<MethodFn>(builtin_exec), METH_FASTCALL | METH_KEYWORDS,
     "Execute the given source in the context of globals and locals."},
    {"eval", reinterpret_cast<MethodFn>(builtin_eval), METH_FASTCALL | METH_KEYWORDS,
     "Evaluate the given source in the context of globals and locals."},
    {"globals", builtin_globals, METH_NOARGS,
     "Return the dictionary containing the current scope's global variables."},
    {"locals", builtin_locals, METH_NOARGS,
     "Return a dictionary containing the current scope's local variables."},
    {nullptr, nullptr, 0, nullptr},
};

} // namespace builtins_impl
} // namespace coil
