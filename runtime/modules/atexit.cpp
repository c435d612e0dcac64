// The `atexit` module: functions registered to run when the interpreter
// exits (runtime_finalize calls atexit_run_callbacks first thing).
//
// Invariants
// - Callbacks run last-registered first, each at most once; the list is
//   emptied before any runs (a callback registering another one gets it run
//   too, as CPython's loop over the live list does not: new ones are kept
//   for a later _run_exitfuncs).
// - A failing callback is reported as CPython does ("Exception ignored in
//   atexit callback: <func>") and the others still run.
#include <vector>

#include "runtime/errors.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/int.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/runtime.h"

namespace coil {

namespace {

struct Callback {
  Object* func;
  Object* args;   // tuple
  Object* kwargs; // dict or nullptr
};

std::vector<Callback>& callbacks() {
  static std::vector<Callback> v;
  return v;
}

void drop(Callback& c) {
  decref(c.func);
  decref(c.args);
  xdecref(c.kwargs);
}

void run_all() {
  std::vector<Callback>& list = callbacks();
  while (!list.empty()) {
    Callback c = list.back();
    list.pop_back();
    Object* r = object_call(c.func, c.args, c.kwargs);
    if (!r)
      err_write_unraisable_msg("in atexit callback", c.func);
    else
      decref(r);
    drop(c);
  }
}

Object* atexit_register(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (nargs < 1)
    return err_format(TypeError, "register() takes at least 1 argument (0 given)");
  Object* func = args[0];
  if (!object_callable(func))
    return err_set_string(TypeError, "the first argument must be callable");
  Object* targs = tuple_new(nargs - 1);
  if (!targs)
    return nullptr;
  for (ssize i = 1; i < nargs; i++)
    tuple_items(targs)[i - 1] = newref(args[i]);
  Object* kwargs = nullptr;
  if (kwnames && tuple_size(kwnames) > 0) {
    kwargs = dict_new();
    if (!kwargs) {
      decref(targs);
      return nullptr;
    }
    for (ssize i = 0; i < tuple_size(kwnames); i++) {
      if (dict_setitem(kwargs, tuple_get(kwnames, i), args[nargs + i]) < 0) {
        decref(targs);
        decref(kwargs);
        return nullptr;
      }
    }
  }
  callbacks().push_back({newref(func), targs, kwargs});
  return newref(func);
}

Object* atexit_unregister(Object*, Object* func) {
  std::vector<Callback>& list = callbacks();
  for (size_t i = 0; i < list.size();) {
    Object* f = newref(list[i].func);
    int eq = object_richcompare_bool(f, func, CMP_EQ);
    decref(f);
    if (eq < 0)
      return nullptr;
    if (eq && i < list.size() && list[i].func == f) {
      Callback c = list[i];
      list.erase(list.begin() + ssize(i));
      drop(c);
      continue;
    }
    i++;
  }
  return newref(None);
}

Object* atexit_run_exitfuncs(Object*, Object*) {
  run_all();
  return newref(None);
}

Object* atexit_clear(Object*, Object*) {
  std::vector<Callback> old;
  old.swap(callbacks());
  for (Callback& c : old)
    drop(c);
  return newref(None);
}

Object* atexit_ncallbacks(Object*, Object*) {
  return int_from_i64(ssize(callbacks().size()));
}

MethodDef atexit_methods[] = {
    {"register", reinterpret_cast<MethodFn>(atexit_register), METH_FASTCALL | METH_KEYWORDS,
     "register($module, func, /, *args, **kwargs)\n--\n\nRegister a function to be executed upon normal "
     "program "
     "termination\n\n    func - function to be called at exit\n    args - optional arguments to pass to "
     "func\n  "
     "  kwargs - optional keyword arguments to pass to func\n\n    func is returned to facilitate usage as a "
     "decorator."},
    {"unregister", atexit_unregister, METH_O,
     "unregister($module, func, /)\n--\n\nUnregister an exit function which was previously registered using\n"
     "atexit.register\n\n    func - function to be unregistered"},
    {"_run_exitfuncs", atexit_run_exitfuncs, METH_NOARGS,
     "_run_exitfuncs($module, /)\n--\n\nRun all registered exit functions.\n\nIf a callback raises an "
     "exception, it is logged with sys.unraisablehook."},
    {"_clear", atexit_clear, METH_NOARGS,
     "_clear($module, /)\n--\n\nClear the list of previously registered exit functions."},
    {"_ncallbacks", atexit_ncallbacks, METH_NOARGS,
     "_ncallbacks($module, /)\n--\n\nReturn the number of registered exit functions."},
    {},
};

Object* atexit_module_init() {
  Object* m = module_new_str("atexit");
  if (!m)
    return nullptr;
  if (module_add_functions(m, atexit_methods) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

} // namespace

void atexit_run_callbacks() {
  Object* saved = err_fetch();
  run_all();
  err_restore(saved);
}

COIL_REGISTER_MODULE("atexit", atexit_module_init);

} // namespace coil
