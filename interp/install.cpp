// Connects the interpreter to the runtime: the function call entry, code
// evaluation, frame introspection hooks, __build_class__ and __import__.
#include "interp/interp.h"
#include "interp/slowpaths.h"
#include "interp/tiering.h"
#include "interp/trace.h"
#include "runtime/errors.h"
#include "runtime/fork.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/code.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace coil::interp {

static Object* current_globals() {
  Frame* f = ThreadState::current()->current_frame;
  return f ? newref(f->globals) : nullptr;
}

static Object* current_locals() {
  Frame* f = ThreadState::current()->current_frame;
  return f ? frame_get_locals(f) : nullptr;
}

static Object* get_frame(int depth) {
  Frame* f = ThreadState::current()->current_frame;
  while (f && depth > 0) {
    f = f->previous;
    depth--;
  }
  if (!f)
    return err_set_string(ValueError, "call stack is not deep enough");
  return frame_get_object(f);
}

static Object* builtin_import(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  // __import__(name, globals=None, locals=None, fromlist=(), level=0)
  static const char* const names[] = {"name", "globals", "locals", "fromlist", "level"};
  Object* vals[5] = {nullptr, nullptr, nullptr, nullptr, nullptr};
  if (nargs > 5)
    return err_format(TypeError, "__import__() takes at most 5 arguments ({} given)", nargs);
  for (ssize i = 0; i < nargs; i++)
    vals[i] = args[i];
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  for (ssize k = 0; k < nkw; k++) {
    Object* key = tuple_get(kwnames, k);
    int idx = -1;
    for (int j = 0; j < 5; j++)
      if (str_equal_ascii(key, names[j]))
        idx = j;
    if (idx < 0)
      return err_format(TypeError, "__import__() got an unexpected keyword argument '{}'", str_view(key));
    if (vals[idx])
      return err_format(TypeError, "argument for __import__() given by name ('{}') and position ({})",
                        names[idx], idx + 1);
    vals[idx] = args[nargs + k];
  }
  if (!vals[0])
    return err_set_string(TypeError, "__import__() missing required argument 'name' (pos 1)");
  if (!str_check(vals[0]))
    return err_format(TypeError, "__import__() argument 1 must be str, not {}", arg_type_name(vals[0]));
  int level = 0;
  if (vals[4]) {
    bool overflow;
    if (!int_check(vals[4]))
      return err_format(TypeError, "'{}' object cannot be interpreted as an integer", type_name_of(vals[4]));
    level = static_cast<int>(int_as_i64(vals[4], &overflow));
  }
  Object* globals = vals[1] && vals[1] != None ? vals[1] : nullptr;
  if (globals && !dict_check(globals))
    return err_set_string(TypeError, "globals must be a dict");
  return import_name(vals[0], globals, vals[3], level);
}

static MethodDef interp_builtins[] = {
    {"__build_class__", reinterpret_cast<MethodFn>(builtin_build_class), METH_FASTCALL | METH_KEYWORDS,
     "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\nInternal helper function used "
     "by the "
     "class statement."},
    {"__import__", reinterpret_cast<MethodFn>(builtin_import), METH_FASTCALL | METH_KEYWORDS,
     "Import a module."},
    {},
};

// Zero-argument super(): the calling frame's first argument and __class__ cell.
static int super_args_from_frame(Object** type_out, Object** obj_out) {
  Frame* f = ThreadState::current()->current_frame;
  if (!f) {
    err_set_string(RuntimeError, "super(): no current frame");
    return -1;
  }
  CodeObject* co = f->code;
  if (co->argcount == 0) {
    err_set_string(RuntimeError, "super(): no arguments");
    return -1;
  }
  const char* kinds = bytes_data(co->localspluskinds);
  Object* firstarg = f->localsplus[0];
  if (firstarg && (static_cast<uint8_t>(kinds[0]) & LOCALS_KIND_CELL) && f->lasti() >= 0 &&
      cell_check(firstarg))
    firstarg = static_cast<CellObject*>(firstarg)->ref;
  if (!firstarg) {
    err_set_string(RuntimeError, "super(): arg[0] deleted");
    return -1;
  }
  for (int i = 0; i < co->nlocalsplus; i++) {
    if (!(static_cast<uint8_t>(kinds[i]) & LOCALS_KIND_FREE))
      continue;
    if (!str_equal_ascii(tuple_get(co->localsplusnames, i), "__class__"))
      continue;
    Object* cell = f->localsplus[i];
    if (!cell || !cell_check(cell)) {
      err_set_string(RuntimeError, "super(): bad __class__ cell");
      return -1;
    }
    Object* type = static_cast<CellObject*>(cell)->ref;
    if (!type) {
      err_set_string(RuntimeError, "super(): empty __class__ cell");
      return -1;
    }
    if (!type_has_flag(type->type, TPFLAG_TYPE_SUBCLASS)) {
      err_format(RuntimeError, "super(): __class__ is not a type ({})", type_name_of(type));
      return -1;
    }
    *type_out = newref(type);
    *obj_out = newref(firstarg);
    return 0;
  }
  err_set_string(RuntimeError, "super(): __class__ cell not found");
  return -1;
}

static Object* eval_frame_from_runtime(Frame* frame, bool throwflag) {
  return eval_frame(ThreadState::current(), frame, throwflag);
}

int install() {
  Interpreter* interp = Interpreter::main();
  tier_init(interp);
  fork_add_native_hooks(tier_fork_prepare, nullptr, tier_fork_child);
  function_set_default_vectorcall(function_vectorcall);
  interp->eval_code_hook = eval_code;
  interp->eval_frame_hook = eval_frame_from_runtime;
  interp->current_frame_super_args_hook = super_args_from_frame;
  interp->frame_globals_hook = current_globals;
  interp->frame_locals_hook = current_locals;
  interp->getframe_hook = get_frame;
  trace_install();
  Object* modname = str_from_utf8("builtins");
  if (!modname)
    return -1;
  for (MethodDef* d = interp_builtins; d->name; d++) {
    Object* f = builtin_function_new(d, nullptr, modname);
    if (!f || dict_setitem_str(interp->builtins, d->name, f) < 0) {
      xdecref(f);
      decref(modname);
      return -1;
    }
    decref(f);
  }
  decref(modname);
  return 0;
}

} // namespace coil::interp
