// The recursion limit's accounting for C-level calls, as CPython 3.11's
// _Py_EnterRecursiveCall: a Python frame counts one level (interp/), and so
// do these C entries, each with the suffix CPython gives its message:
//   - repr() / str() of an object: " while getting the repr|str of an object"
//     (runtime/object.cpp);
//   - a call of a builtin function or method descriptor, a call through a
//     type's call slot (a class without a vectorcall, an instance with
//     __call__, slot wrappers): " while calling a Python object";
//   - comparisons through user methods: " in comparison".
// The interpreter's CALL skips the count where CPython 3.11's specialised
// call instructions do (interp/call_site.h), so RecursionError trips at
// the same depth, with the same message, as in CPython.
//
// Invariants
// - recursion_enter() that returns true is paired with one
//   recursion_leave() on every path; one that returns false changed nothing
//   and left RecursionError set.
// - While the RecursionError itself is made (ThreadState::recursion_headroom,
//   as CPython's), entries past the limit succeed: calling the exception
//   type must not fail the same way again.
// - The depth is ThreadState::py_recursion_depth, shared with frames; the
//   native-stack guard (stack_guard.h) also fails an entry when the C stack
//   is nearly exhausted, whatever the limit.
#pragma once

#include "runtime/stack_guard.h"
#include "runtime/thread_state.h"

namespace coil {

inline constexpr const char* WHILE_CALLING = " while calling a Python object";

// The limit or the native stack was reached: RecursionError, or true within
// the headroom (out of line).
bool recursion_enter_slow(ThreadState* ts, const char* where) noexcept;

// One more level of C recursion, or RecursionError("maximum recursion depth
// exceeded<where>") and false.
inline bool recursion_enter(ThreadState* ts, const char* where) noexcept {
  if (!ts)
    return true;
  if (++ts->py_recursion_depth <= ts->interp->recursion_limit && !stack_exhausted(ts)) [[likely]]
    return true;
  return recursion_enter_slow(ts, where);
}
// Sets RecursionError("maximum recursion depth exceeded<where>"), with the
// headroom its making needs: every RecursionError is raised through here.
void recursion_error(ThreadState* ts, const char* where) noexcept;
inline void recursion_leave(ThreadState* ts) noexcept {
  --ts->py_recursion_depth;
}

// recursion_enter/leave for a scope: check ok() before doing the work.
class RecursionScope {
public:
  explicit RecursionScope(const char* where) noexcept
      : ts_(ThreadState::current()), ok_(recursion_enter(ts_, where)) {}
  ~RecursionScope() {
    if (ok_)
      recursion_leave(ts_);
  }
  RecursionScope(const RecursionScope&) = delete;
  RecursionScope& operator=(const RecursionScope&) = delete;
  bool ok() const noexcept { return ok_; }

private:
  ThreadState* ts_;
  bool ok_;
};

} // namespace coil
