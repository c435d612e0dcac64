// Runtime functions native code calls. Most are the runtime's and the
// interpreter's own entry points (so both tiers make the same calls); the
// few `coil.jit_*` ones below package an instruction's slow path where the
// interpreter's body is not a single call.
#include <cstddef>

#include "bytecode/exceptiontable.h"
#include "bytecode/opcodes.h"
#include "interp/call_site.h"
#include "interp/inline_cache.h"
#include "interp/interp.h"
#include "interp/jit_iface.h"
#include "interp/slowpaths.h"
#include "jit/lower.h"
#include "runtime/errors.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/function.h"
#include "runtime/objects/int.h"
#include "runtime/objects/tuple.h"

namespace coil::jit {

namespace {

// Unwinds after an exception at code unit `offset`, as the interpreter's
// `error`/`exception_unwind` do: records the traceback entry, then either
// sets up the handler's stack (returns its code unit) or clears the stack
// (returns -1: the frame is left with the exception).
int jit_unwind(ThreadState* ts, Frame* frame, int offset, int add_tb) {
  if (add_tb)
    interp::add_traceback_entry(frame);
  auto* table = static_cast<BytesObject*>(frame->code->exceptiontable);
  auto h = bytecode::find_handler(table->data, static_cast<size_t>(table->size), offset);
  Object** sp = frame->localsplus + frame->stacktop;
  Object** base = frame->stack_base();
  if (!h) {
    while (sp > base)
      xdecref(*--sp);
    frame->stacktop = static_cast<int>(sp - frame->localsplus);
    return -1;
  }
  Object** new_top = base + h->depth;
  while (sp > new_top)
    xdecref(*--sp);
  if (h->lasti) {
    Object* lasti = int_from_i64(frame->lasti());
    if (!lasti) {
      frame->stacktop = static_cast<int>(sp - frame->localsplus);
      return -1;
    }
    *sp++ = lasti;
  }
  *sp++ = err_fetch();
  frame->stacktop = static_cast<int>(sp - frame->localsplus);
  return h->target;
}

// LOAD_METHOD on the object in *top: leaves [meth, self] or [NULL, attr].
int jit_load_method(Object** top, Object* name, InlineCacheEntry* e) {
  Object* obj = *top;
  bool is_method;
  Object* meth =
      e ? interp::load_method_cached(obj, name, &is_method, e) : interp::method_lookup(obj, name, &is_method);
  if (!meth)
    return -1;
  if (is_method) {
    top[0] = meth;
    top[1] = obj;
  } else {
    top[0] = nullptr;
    decref(obj);
    top[1] = meth;
  }
  return 0;
}

// CALL with `base` the slot of the NULL-or-method below the callable: as the
// interpreter's generic path; the result goes to base[0] (stored by the
// caller); on failure the stack ends just below base.
Object* jit_call(ThreadState* ts, Frame* frame, Object** base, int oparg, Object* kwnames) {
  bool is_meth = base[0] != nullptr;
  Object* function = base[1];
  if (!is_meth && method_check(function)) {
    auto* m = static_cast<MethodObject*>(function);
    base[1] = newref(m->self);
    base[0] = newref(m->func);
    decref(function);
    is_meth = true;
  }
  int total_args = oparg + (is_meth ? 1 : 0);
  Object** sp = base + oparg + 2;
  function = sp[-(total_args + 1)];
  int nkw = kwnames ? static_cast<int>(tuple_size(kwnames)) : 0;
  int positional = total_args - nkw;
  // The interpreter's model of CPython's call-site specialisation (same site state).
  CodeUnit* call_instr = frame->prev_instr;
  while ((*call_instr & 0xFF) == bytecode::EXTENDED_ARG)
    call_instr++;
  bool uncounted =
      interp::call_site_uncounted(frame->code, call_instr, function, total_args,
                                  total_args ? sp[-total_args] : nullptr, kwnames != nullptr, is_meth);
  if (function_check(function) &&
      static_cast<FunctionObject*>(function)->vectorcall == interp::function_vectorcall) {
    // As the interpreter's inline call: the callee's frame takes the
    // arguments over (steals them), the caller's stack no longer holds them,
    // and the caller's lasti is the CALL's last inline cache meanwhile.
    auto* func = static_cast<FunctionObject*>(function);
    auto* co = static_cast<CodeObject*>(func->code);
    Object* locals = (co->flags & CO_OPTIMIZED) ? nullptr : func->globals;
    Object** args = sp - total_args;
    frame->stacktop = static_cast<int>(base - frame->localsplus);
    Frame* callee = interp::push_frame(ts, function, locals);
    if (!callee) {
      for (int i = 0; i < total_args; i++)
        decref(args[i]);
      decref(function);
      return nullptr;
    }
    int bound = interp::bind_arguments(ts, callee, args, positional, kwnames, true);
    decref(function);
    if (bound < 0) {
      interp::pop_frame(ts, callee);
      return nullptr;
    }
    frame->prev_instr += bytecode::cache_entries(bytecode::CALL);
    return interp::eval_frame(ts, callee, false);
  }
  size_t nargsf = static_cast<size_t>(positional) | VECTORCALL_ARGUMENTS_OFFSET;
  Object* res = uncounted ? object_vectorcall_uncounted(function, sp - total_args, nargsf, kwnames)
                          : object_vectorcall(function, sp - total_args, nargsf, kwnames);
  decref(function);
  sp -= total_args;
  for (int i = 0; i < total_args; i++)
    decref(sp[i]);
  return res;
}

// After FOR_ITER's iternext returned nullptr: 0 when the iterator is simply
// exhausted (a StopIteration is cleared), -1 on a real error.
int jit_for_iter_end() {
  if (err_occurred()) {
    if (!err_matches(StopIteration))
      return -1;
    err_clear();
  }
  return 0;
}

} // namespace

#define H(name, fn)                                                                                          \
  { name, reinterpret_cast<void*>(fn) }
const std::vector<HelperSym>& helper_symbols() {
  static const std::vector<HelperSym> syms = {
      H("coil.dealloc", static_cast<void (*)(Object*)>(dealloc)),
      H("coil.eval_step", interp::eval_step),
      H("coil.handle_eval_breaker", interp::handle_eval_breaker),
      H("coil.object_is_true", object_is_true),
      H("coil.raise_unbound_local", interp::raise_unbound_local),
      H("coil.load_global", interp::load_global),
      H("coil.load_global_cached", interp::load_global_cached),
      H("coil.load_attr_cached", interp::load_attr_cached),
      H("coil.object_getattr", object_getattr),
      H("coil.object_setattr", object_setattr),
      H("coil.object_getitem", object_getitem),
      H("coil.object_setitem", object_setitem),
      H("coil.binary_op", binary_op),
      H("coil.object_richcompare_op", object_richcompare_op),
      H("coil.sequence_contains", sequence_contains),
      H("coil.object_get_iter", object_get_iter),
      H("coil.iter_next", iter_next),
      H("coil.int_from_i64", int_from_i64),
      H("coil.jit_unwind", jit_unwind),
      H("coil.jit_load_method", jit_load_method),
      H("coil.jit_call", jit_call),
      H("coil.jit_for_iter_end", jit_for_iter_end),
  };
  return syms;
}
#undef H

} // namespace coil::jit
