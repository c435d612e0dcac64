// Shared set-up of the fuzz targets; the invariants are in fuzz_common.h.
#include "fuzz/fuzz_common.h"

#include <fcntl.h>
#include <unistd.h>

#include <climits>
#include <cstdio>
#include <cstdlib>

#include "frontend/caret_anchors.h"
#include "frontend/compile.h"
#include "interp/interp.h"
#include "runtime/errors.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/int.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/runtime.h"
#include "runtime/thread_state.h"

namespace coil::fuzz {
namespace {

// Modules a fuzzed program must not reach (files, processes, sleeping, threads).
const char* const kBlockedModules[] = {"os",        "posix", "shutil", "subprocess", "_thread",
                                       "threading", "time",  "signal", "socket",     "_posixsubprocess"};

Object* builtins_snapshot = nullptr; // copies of the dicts as they were after start-up
Object* sys_snapshot = nullptr;
Object* builtins_module = nullptr;
int recursion_limit = 1000;
Object* gc_module = nullptr;     // the collector's settings are process-wide too
Object* gc_thresholds = nullptr; // gc.get_threshold() at start-up

// obj.name(*args), errors dropped.
void call_method(Object* obj, const char* name, Object* const* args, ssize nargs) {
  if (Object* r = object_call_method(obj, name, args, nargs))
    decref(r);
  else
    err_clear();
}

// gc.enable(), gc.unfreeze(), gc.set_debug(0), the start-up thresholds,
// empty gc.callbacks and gc.garbage.
void restore_gc() {
  call_method(gc_module, "enable", nullptr, 0);
  call_method(gc_module, "unfreeze", nullptr, 0);
  if (Object* zero = int_from_i64(0)) {
    call_method(gc_module, "set_debug", &zero, 1);
    decref(zero);
  }
  if (Object* set_threshold = object_getattr_str(gc_module, "set_threshold")) {
    if (Object* r = object_call(set_threshold, gc_thresholds, nullptr))
      decref(r);
    decref(set_threshold);
  }
  err_clear();
  for (const char* name : {"callbacks", "garbage"}) {
    if (Object* l = object_getattr_str(gc_module, name)) {
      call_method(l, "clear", nullptr, 0);
      decref(l);
    }
    err_clear();
  }
}

void block_modules() {
  Object* modules = Interpreter::main()->modules;
  for (const char* name : kBlockedModules)
    if (dict_setitem_str(modules, name, None) < 0)
      err_clear();
}

void restore_dict(Object* d, Object* snapshot) {
  dict_clear(d);
  if (dict_update(d, snapshot) < 0) {
    fprintf(stderr, "fuzz: cannot restore a dict\n");
    abort();
  }
}

[[noreturn]] void init_failed() {
  err_print();
  fprintf(stderr, "fuzz: the runtime did not start\n");
  abort();
}

} // namespace

std::string take_error() {
  Object* exc = err_fetch();
  if (!exc)
    return std::string();
  std::string out = type_name_of(exc);
  Object* s = object_str(exc);
  if (s) {
    std::string_view v = str_view(s);
    if (!err_occurred()) {
      out += ": ";
      out += v;
    }
    decref(s);
  }
  err_clear();
  decref(exc);
  return out;
}

void fuzz_runtime_init(const FuzzOptions& options) {
  // The program's stdout and stdin are /dev/null; libFuzzer reports on stderr.
  int null_fd = open("/dev/null", O_RDWR);
  if (null_fd >= 0) {
    dup2(null_fd, 0);
    dup2(null_fd, 1);
    close(null_fd);
  }
  Config c;
  c.program_name = "coil";
  c.argv = {""};
  c.orig_argv = {"coil"};
  c.lib_dir = COIL_LIB_DIR;
  c.path = {c.lib_dir};
  c.use_hash_seed = true;
  c.hash_seed = 0;
  c.no_site = true;
  c.dont_write_bytecode = true;
  c.isolated = true;
  c.ignore_environment = true;
  c.jit_mode = options.jit ? Config::JitMode::Eager : Config::JitMode::Off;
  c.jit_sync = true;
#ifdef COIL_JIT_LIBRARY
  c.jit_library = COIL_JIT_LIBRARY;
#endif
  if (runtime_init(c) < 0)
    init_failed();
  frontend::frontend_register();
  frontend::install_caret_anchors();
  if (interp::install() < 0)
    init_failed();
  // Modules the runtime itself uses later are imported before the block.
  for (const char* name : {"io", "warnings"})
    if (Object* m = interp::import_module(name))
      decref(m);
    else
      err_clear();
  gc_module = interp::import_module("gc");
  if (!gc_module)
    init_failed();
  gc_thresholds = object_call_method(gc_module, "get_threshold", nullptr, 0);
  if (!gc_thresholds)
    init_failed();
  Interpreter* interp = Interpreter::main();
  builtins_module = dict_getitem_str(interp->modules, "builtins");
  builtins_snapshot = dict_copy(interp->builtins);
  if (!builtins_module || !builtins_snapshot)
    init_failed();
  block_modules();
  sys_snapshot = dict_copy(interp->sysdict);
  if (!sys_snapshot)
    init_failed();
  recursion_limit = interp->recursion_limit;
  interp->eval_budget = INT64_MAX;
  interp->eval_breaker.fetch_or(EVAL_BREAKER_BUDGET); // armed for the whole process
}

void set_jit_enabled(bool on) {
  Interpreter* interp = Interpreter::main();
  interp->tier_call_threshold = on ? 1 : UINT32_MAX;
  interp->tier_loop_threshold = on ? 1 : UINT32_MAX;
}

void restore_state() {
  Interpreter* interp = Interpreter::main();
  restore_dict(interp->builtins, builtins_snapshot);
  restore_dict(interp->sysdict, sys_snapshot);
  block_modules();
  interp->recursion_limit = recursion_limit;
  restore_gc();
}

Object* run_program(std::string_view source, int64_t budget, std::string* error) {
  Interpreter* interp = Interpreter::main();
  if (error)
    error->clear();
  Object* filename = str_from_utf8("<fuzz>");
  if (!filename) {
    err_clear();
    return nullptr;
  }
  Object* code = interp->compile_hook(source, filename, "exec", 0, 0, nullptr);
  decref(filename);
  if (!code) {
    std::string e = take_error();
    if (error)
      *error = e;
    return nullptr;
  }
  Object* globals = run_code(code, budget, error);
  decref(code);
  return globals;
}

Object* run_code(Object* code, int64_t budget, std::string* error) {
  Interpreter* interp = Interpreter::main();
  Object* globals = dict_new();
  Object* name = str_from_utf8("__main__");
  Object* result = nullptr;
  if (globals && name && dict_setitem_str(globals, "__name__", name) >= 0 &&
      dict_setitem_str(globals, "__builtins__", builtins_module) >= 0) {
    // What is left of the budget also bounds finalizers run later.
    interp->eval_budget = budget;
    result = interp::eval_code(code, globals, globals);
  }
  xdecref(name);
  std::string e = take_error();
  if (error)
    *error = e;
  restore_state();
  if (!result) {
    xdecref(globals);
    return nullptr;
  }
  decref(result);
  return globals;
}

} // namespace coil::fuzz
