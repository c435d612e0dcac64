// Start-up, shutdown and the type/module/init-hook registries.
//
// Registration happens during static initialisation (each defining .cpp
// holds a registrar object), so the lists are function-local statics to
// avoid initialisation-order problems.
#include "runtime/runtime.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string_view>
#include <tuple>
#include <vector>

#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/gil.h"
#include "runtime/heap.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/list.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/type.h"
#include "runtime/stack_guard.h"

namespace coil {

thread_local ThreadState* ThreadState::current_ = nullptr;

namespace {
std::vector<TypeObject*>& type_registry() {
  static std::vector<TypeObject*> v;
  return v;
}
struct ModuleEntry {
  const char* name;
  ModuleInitFn init;
};
std::vector<ModuleEntry>& module_registry() {
  static std::vector<ModuleEntry> v;
  return v;
}
struct HookEntry {
  int priority;
  const char* name;
  InitHookFn fn;
};
std::vector<HookEntry>& hook_registry() {
  static std::vector<HookEntry> v;
  return v;
}
Interpreter* main_interp = nullptr;
} // namespace

TypeRegistrar::TypeRegistrar(TypeObject* type) noexcept {
  type_registry().push_back(type);
}
ModuleRegistrar::ModuleRegistrar(const char* name, ModuleInitFn init) noexcept {
  module_registry().push_back({name, init});
}
InitHookRegistrar::InitHookRegistrar(int priority, const char* name, InitHookFn fn) noexcept {
  hook_registry().push_back({priority, name, fn});
}

ModuleInitFn find_builtin_module(std::string_view name) noexcept {
  for (auto& e : module_registry())
    if (name == e.name)
      return e.init;
  return nullptr;
}

std::vector<const char*> builtin_module_names() {
  std::vector<const char*> names;
  for (auto& e : module_registry())
    names.push_back(e.name);
  std::sort(names.begin(), names.end(), [](const char* a, const char* b) { return strcmp(a, b) < 0; });
  return names;
}

Interpreter* Interpreter::main() {
  return main_interp;
}

static void print_init_error(const char* what) {
  fprintf(stderr, "Fatal Python error: %s\n", what);
  if (err_occurred())
    err_print();
}

// Distance from BaseException along tp_base, or -1 for a non-exception type.
static int exception_depth(const TypeObject* t) {
  int depth = 0;
  for (; t; t = t->base, ++depth)
    if (t == BaseException)
      return depth;
  return -1;
}

// The registered types in the order start-up readies them: everything else
// first (registration order), then the exception types as CPython's
// _PyExc_InitTypes does, level by level and alphabetically within a level, so
// __subclasses__() of a built-in exception lists its children in CPython's
// order (exceptions of native modules, dotted names, come last).
static std::vector<TypeObject*> startup_ready_order() {
  std::vector<TypeObject*> order, excs;
  for (TypeObject* t : type_registry())
    (exception_depth(t) < 0 ? order : excs).push_back(t);
  auto key = [](const TypeObject* t) {
    return std::make_tuple(strchr(t->name, '.') != nullptr, exception_depth(t), std::string_view(t->name));
  };
  std::stable_sort(excs.begin(), excs.end(), [&](TypeObject* a, TypeObject* b) { return key(a) < key(b); });
  order.insert(order.end(), excs.begin(), excs.end());
  return order;
}

int runtime_init(const Config& config) {
  auto* interp = new Interpreter();
  interp->config = config;
  main_interp = interp;
  auto* ts = new ThreadState();
  ts->interp = interp;
  ts->thread_id = current_thread_ident();
  interp->threads = ts; // the main thread's state stays the list's head (runtime/gil.h)
  ThreadState::set_current(ts);
  stack_guard_init(ts);

  // `type` and `object` first; type_ready readies bases before subclasses.
  if (type_ready(&TypeType) < 0 || type_ready(&BaseObjectType) < 0) {
    print_init_error("cannot initialise the type system");
    return -1;
  }
  for (TypeObject* t : startup_ready_order()) {
    if (type_ready(t) < 0) {
      fprintf(stderr, "Fatal Python error: cannot ready type %s\n", t->name);
      if (err_occurred())
        err_print();
      return -1;
    }
  }
  auto hooks = hook_registry();
  std::stable_sort(hooks.begin(), hooks.end(),
                   [](const HookEntry& a, const HookEntry& b) { return a.priority < b.priority; });
  for (auto& h : hooks) {
    if (h.fn() < 0) {
      fprintf(stderr, "Fatal Python error: start-up step %s failed\n", h.name);
      if (err_occurred())
        err_print();
      return -1;
    }
  }

  interp->modules = dict_new();
  if (!interp->modules)
    return -1;
  // builtins and sys are created first; everything else is imported on demand.
  for (const char* name : {"builtins", "sys"}) {
    ModuleInitFn init = find_builtin_module(name);
    if (!init) {
      fprintf(stderr, "Fatal Python error: no built-in module %s\n", name);
      return -1;
    }
    Object* m = init();
    if (!m) {
      print_init_error("cannot create a core module");
      return -1;
    }
    if (dict_setitem_str(interp->modules, name, m) < 0) {
      decref(m);
      return -1;
    }
    if (strcmp(name, "builtins") == 0)
      interp->builtins = newref(module_dict(m));
    else
      interp->sysdict = newref(module_dict(m));
    decref(m);
  }
  if (sys_add_object_counters(interp->sysdict) < 0) {
    print_init_error("cannot create a core module");
    return -1;
  }
  return 0;
}

void runtime_finalize() {
  Interpreter* interp = Interpreter::main();
  if (!interp)
    return;
  // As CPython's Py_FinalizeEx: wait for the non-daemon threads
  // (threading._shutdown) when threading was imported, then atexit.
  if (Object* threading = interp->modules ? dict_getitem_str(interp->modules, "threading") : nullptr) {
    Object* saved = err_fetch();
    Object* r = object_call_method(threading, "_shutdown", nullptr, 0);
    if (r)
      decref(r);
    else
      err_write_unraisable_msg("in threading._shutdown", threading);
    err_restore(saved);
  }
  atexit_run_callbacks(); // as CPython's Py_FinalizeEx, before the streams are flushed
  // Daemon threads still running never run Python code again (they block
  // when they next try to take the GIL), before module teardown as CPython.
  gil_finalize();
  Object* saved = err_fetch();
  // As CPython's Py_FinalizeEx: a full collection while every module is
  // still alive (when the collector is enabled). It frees little, but its
  // scan re-orders the surviving objects as CPython's does, which decides
  // the order of the __del__ calls below.
  if (gc_is_enabled() && gc_collect(2) < 0)
    err_clear();
  // As CPython's finalize_modules: every sys.modules entry becomes None, in
  // import order (a module nothing else holds is freed at once, and with it
  // its globals unless they are part of a cycle), sys.modules is emptied,
  // then a collection finalizes the module globals that are cyclic garbage
  // (functions and classes refer back to their globals), with __del__
  // methods seeing their globals intact and stdout still open.
  if (Object* modules = interp->modules) {
    incref(modules);
    if (Object* names = dict_keys_list(modules)) {
      for (ssize i = 0; i < list_size(names); i++) {
        Object* name = list_get(names, i);
        Object* mod = dict_getitem(modules, name);
        if (mod && module_check(mod) && dict_setitem(modules, name, None) < 0)
          err_clear();
      }
      decref(names);
    } else {
      err_clear();
    }
    dict_clear(modules);
    decref(modules);
  }
  if (gc_collect(2) < 0)
    err_clear();
  err_restore(saved);
  // Flush the standard streams through their Python-level flush().
  for (const char* name : {"stdout", "stderr"}) {
    Object* stream = interp->sysdict ? dict_getitem_str(interp->sysdict, name) : nullptr;
    if (stream && stream != None) {
      Object* r = object_call_method(stream, "flush", nullptr, 0);
      if (r)
        decref(r);
      else
        err_clear();
    }
  }
  // -X showrefcount: the figures of what is still alive, as a CPython
  // debug build prints them at exit (runtime/heap.h).
  for (const std::string& x : interp->config.xoptions)
    if (x == "showrefcount") {
      heap_print_refcount_line();
      break;
    }
}

} // namespace coil
