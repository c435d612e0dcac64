// The native-stack guard: C code that recurses (the evaluation loop entered
// from C, repr/compare of nested objects, the parser and compiler) checks
// the real stack pointer against limits computed from the thread's stack
// bounds (pthread_getattr_np), so no Python program overflows the C stack.
//
// Invariants:
// - ThreadState::stack_hard_limit is 0 until stack_guard_init() ran for the
//   thread; a 0 limit never triggers (threads that never initialise are
//   unguarded, not broken). stack_guard_init() is idempotent.
// - Below stack_hard_limit, guarded C recursion fails with RecursionError;
//   the margin under it (kStackHardMargin at most) is left for unwinding,
//   printing the traceback and finalisation.
// - Below stack_soft_limit (half of the stack), the interpreter stops
//   entering native (JIT) code for new frames, so deep Python-to-Python
//   recursion continues on the interpreter's data stack with no further C
//   recursion (native code calls Python functions through the interpreter).
#pragma once

#include <cstdint>

#include "runtime/thread_state.h"

namespace coil {

// Computes the current thread's limits (once per thread).
void stack_guard_init(ThreadState* ts) noexcept;

inline uintptr_t stack_pointer_now() noexcept {
  return reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
}

// True when the native stack is nearly exhausted (C recursion must stop).
// A thread without a thread state (the front end run by unit tests or
// tools without a runtime) is unguarded.
inline bool stack_exhausted(ThreadState* ts) noexcept {
  return ts && stack_pointer_now() < ts->stack_hard_limit;
}

// True when deep enough that new frames should run in the interpreter.
inline bool stack_past_soft_limit(ThreadState* ts) noexcept {
  return ts && stack_pointer_now() < ts->stack_soft_limit;
}

// Sets RecursionError("maximum recursion depth exceeded<where>") and returns
// -1 when the stack is exhausted, else 0.
int stack_check(ThreadState* ts, const char* where) noexcept;

} // namespace coil
