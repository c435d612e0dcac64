// The built-in `coil` module: Coil's own Python API. `coil.jit` exposes the
// tiering state of functions: is_compiled, compile, dump_ir, info, stats,
// enabled (docs/JIT.md).
#include "interp/tiering.h"
#include "runtime/errors.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/int.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/runtime.h"

namespace coil::interp {

namespace {

// The code object behind a function, bound method or code object; borrowed
// references in *code and *globals.
bool code_of(Object* o, CodeObject** code, Object** globals) {
  if (method_check(o))
    o = static_cast<MethodObject*>(o)->func;
  if (function_check(o)) {
    auto* f = static_cast<FunctionObject*>(o);
    *code = static_cast<CodeObject*>(f->code);
    *globals = f->globals;
    return true;
  }
  if (code_check(o)) {
    *code = static_cast<CodeObject*>(o);
    *globals = nullptr;
    return true;
  }
  err_format(TypeError, "expected a function or code object, not '{}'", o->type->name);
  return false;
}

Object* jit_is_compiled(Object*, Object* f) {
  CodeObject* code;
  Object* globals;
  if (!code_of(f, &code, &globals))
    return nullptr;
  if (code->jit_state && static_cast<JitRecord*>(code->jit_state)->status == JitStatus::Queued)
    tier_poll();
  return newref(code->jit_entry ? True : False);
}

Object* jit_compile(Object*, Object* f) {
  CodeObject* code;
  Object* globals;
  if (!code_of(f, &code, &globals))
    return nullptr;
  int r = tier_compile_now(code, globals);
  if (r < 0)
    return nullptr;
  return newref(r ? True : False);
}

Object* jit_dump_ir(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* f = nargs > 0 ? args[0] : nullptr;
  Object* optimized = nargs > 1 ? args[1] : True;
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  if (nargs > 2)
    return err_format(TypeError, "dump_ir() takes at most 2 positional arguments ({} given)", nargs);
  for (ssize i = 0; i < nkw; i++) {
    std::string_view k = str_view(tuple_get(kwnames, i));
    if (k == "optimized")
      optimized = args[nargs + i];
    else if (k == "f" && !f)
      f = args[nargs + i];
    else
      return err_format(TypeError, "dump_ir() got an unexpected keyword argument '{}'", k);
  }
  if (!f)
    return err_set_string(TypeError, "dump_ir() missing required argument 'f' (pos 1)");
  CodeObject* code;
  Object* globals;
  if (!code_of(f, &code, &globals))
    return nullptr;
  int opt = object_is_true(optimized);
  if (opt < 0)
    return nullptr;
  if (!tier_load_jit())
    return err_format(RuntimeError, "{}", tiering()->load_error);
  tier_record(code, globals);
  return tiering()->api.dump_ir(code, opt != 0);
}

Object* jit_info(Object*, Object* f) {
  CodeObject* code;
  Object* globals;
  if (!code_of(f, &code, &globals))
    return nullptr;
  Object* d = dict_new();
  if (!d)
    return nullptr;
  auto* rec = static_cast<JitRecord*>(code->jit_state);
  const char* status = "interpreted";
  if (rec) {
    switch (rec->status.load()) {
    case JitStatus::Queued:
      status = "queued";
      break;
    case JitStatus::Compiled:
      status = "compiled";
      break;
    case JitStatus::Failed:
      status = "failed";
      break;
    case JitStatus::Skipped:
      status = "skipped";
      break;
    default:
      break;
    }
  }
  auto put = [&](const char* k, Object* v) {
    if (!v)
      return false;
    int r = dict_setitem_str(d, k, v);
    decref(v);
    return r == 0;
  };
  if (!put("status", str_from_utf8(status)) || !put("reason", str_from_utf8(rec ? rec->reason : "")) ||
      !put("calls", int_from_i64(code->call_count)) || !put("loops", int_from_i64(code->backedge_count)) ||
      !put("native_entries", int_from_i64(rec ? static_cast<int64_t>(rec->native_entries) : 0)) ||
      !put("osr_entries", int_from_i64(rec ? static_cast<int64_t>(rec->osr_entries) : 0)) ||
      !put("deopts", int_from_i64(rec ? static_cast<int64_t>(rec->deopts) : 0)) ||
      !put("code_bytes", int_from_i64(rec ? static_cast<int64_t>(rec->code_bytes) : 0))) {
    decref(d);
    return nullptr;
  }
  return d;
}

Object* jit_stats(Object*, Object*) {
  return tier_stats_dict();
}

// wait(): installs the pending compilations, waiting up to 10 s for the
// worker; True when none is left.
Object* jit_wait(Object*, Object*) {
  return newref(tier_drain(10000) ? True : False);
}

Object* jit_enabled(Object*, Object*) {
  return newref(Interpreter::main()->config.jit_mode != Config::JitMode::Off ? True : False);
}

MethodDef jit_methods[] = {
    {"is_compiled", jit_is_compiled, METH_O,
     "is_compiled(f)\n--\n\nTrue when f's code has native code installed."},
    {"compile", jit_compile, METH_O,
     "compile(f)\n--\n\nCompile f now; True on success, False when the JIT refused (see info(f))."},
    {"dump_ir", reinterpret_cast<MethodFn>(jit_dump_ir), METH_FASTCALL | METH_KEYWORDS,
     "dump_ir(f, optimized=True)\n--\n\nThe LLVM IR the JIT makes of f, as text."},
    {"info", jit_info, METH_O,
     "info(f)\n--\n\nTiering state of f: status, reason, calls, loops, native entries, deopts."},
    {"stats", jit_stats, METH_NOARGS, "stats()\n--\n\nJIT statistics as a dict."},
    {"wait", jit_wait, METH_NOARGS,
     "wait()\n--\n\nWait (up to 10 s) for the queued compilations and install them; True when none is left."},
    {"enabled", jit_enabled, METH_NOARGS, "enabled()\n--\n\nTrue unless Coil runs with --jit=off."},
    {nullptr, nullptr, 0, nullptr}};

Object* coil_module_init() {
  Object* jit = module_new_str("coil.jit");
  if (!jit)
    return nullptr;
  Object* m = module_new_str("coil");
  if (!m || module_add_functions(jit, jit_methods) < 0 || module_add_object(m, "jit", jit) < 0 ||
      dict_setitem_str(Interpreter::main()->modules, "coil.jit", jit) < 0) {
    xdecref(m);
    decref(jit);
    return nullptr;
  }
  decref(jit);
  return m;
}

} // namespace

COIL_REGISTER_MODULE("coil", coil_module_init);

} // namespace coil::interp
