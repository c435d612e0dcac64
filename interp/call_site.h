// CPython 3.11's specialisation of call sites, modelled as far as it decides
// whether a call of a builtin counts a recursion level (runtime/recursion.h):
// the generic call of a builtin function, method descriptor or class
// without a vectorcall counts one level (" while calling a Python object"),
// while several of the specialised forms CPython 3.11 rewrites a warm site
// into call the C function directly and count nothing. Which form a site
// takes decides the depth at which RecursionError trips and its message.
//
// CPython 3.11's rules, as modelled here:
// - A code object is quickened when RESUME and JUMP_BACKWARD have run 8
//   times in all (POP_JUMP_BACKWARD_IF_* do not count); its sites are
//   generic before that.
// - A site of a quickened code specialises the first time it runs, from
//   its callable: len(x) and isinstance(x, t); builtins taking METH_FASTCALL
//   (no keywords) or METH_FASTCALL|METH_KEYWORDS; method descriptors taking
//   METH_FASTCALL[|METH_KEYWORDS]; list.append(x); str(x), type(x),
//   tuple(x); classes with a vectorcall — these count nothing. METH_O
//   builtins and METH_O/METH_NOARGS method descriptors specialise to forms
//   that still count. Other callables (classes without a vectorcall,
//   METH_NOARGS builtins, keywords where the form takes none) fail.
// - A specialised site whose guard fails runs the generic call (counted) and
//   counts a miss; after 53 misses it is adaptive again and respecialises
//   after 31 more runs. A failed specialisation retries after 1, 3, 7, ...
//   runs (exponential backoff, at most 4095).
//
// Invariants
// - A CALL site's state is its first two inline-cache units in the
//   quickened code (CodeObject::code): [0] the CallSiteKind, [1] the
//   counter. co_code (the unquickened copy) never shows them.
// - The interpreter's CALL and the JIT's jit_call ask the same function
//   with the same state, so every execution mode counts the same levels.
// - Only builtin calls are affected: Python functions, bound methods and
//   everything else are called as before.
#pragma once

#include "runtime/objects/code.h"
#include "runtime/thread_state.h"

namespace coil::interp {

// CodeObject::warmup at which CPython 3.11 has quickened the code.
inline constexpr uint32_t CODE_WARM = 8;

// At RESUME and JUMP_BACKWARD (the interpreter's and native code's).
inline void code_warmup_tick(CodeObject* co) noexcept {
  if (co->warmup < CODE_WARM)
    co->warmup++;
}

// True when the call at `call_instr` (a CALL in co->code) of `callable`
// with `nargs` arguments (self included for a method call; `self` is the
// first of them or nullptr) and `has_kwnames` runs a specialised form that
// counts no recursion level; updates the site's state.
bool call_site_update(CodeObject* co, CodeUnit* call_instr, Object* callable, int nargs, Object* first_arg,
                      bool has_kwnames, bool is_method) noexcept;
inline bool call_site_uncounted(CodeObject* co, CodeUnit* call_instr, Object* callable, int nargs,
                                Object* first_arg, bool has_kwnames, bool is_method) noexcept {
  if (co->warmup < CODE_WARM)
    return false;
  return call_site_update(co, call_instr, callable, nargs, first_arg, has_kwnames, is_method);
}

} // namespace coil::interp
