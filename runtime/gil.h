// The global interpreter lock and the registry of thread states
// (docs/THREADS.md has the design).
//
// Invariants
// - Only the thread holding the GIL touches Python objects, the allocator,
//   the collector or any interpreter state. A thread that blocks (sleep,
//   lock waits, I/O) releases it around the blocking call only, with
//   gil_release()/gil_reacquire() or a GilRelease scope, and touches no
//   Python object in between.
// - Until the first extra thread starts (gil_enable()), the GIL is not in
//   use at all: gil_release/gil_reacquire return at once and no thread
//   pays for it. The main thread is then its holder.
// - A thread that waits for the GIL longer than the switch interval sets
//   EVAL_BREAKER_GIL_DROP in the interpreter's eval breaker; the holder
//   drops the GIL at its next eval-breaker check (back-edges and calls, in
//   interpreted and compiled code) and waits until another thread took it
//   (CPython 3.2+'s "forced switching").
// - After gil_finalize() (interpreter shutdown), a thread other than the
//   main one that tries to take the GIL blocks forever instead: daemon
//   threads are abandoned without running Python code on a dying runtime.
#pragma once

#include "runtime/thread_state.h"

namespace coil {

// True once a second thread has been started.
bool gil_enabled() noexcept;
// Called by the main thread (the only thread so far) before it starts the
// first other thread: the GIL comes into use, held by the caller.
void gil_enable(ThreadState* ts);

// Takes the GIL for `ts` (blocking) and makes it the current thread state.
void gil_take(ThreadState* ts);
// Releases the GIL held by `ts`; the thread keeps `ts` but must not touch
// Python objects until it takes the GIL again.
void gil_drop(ThreadState* ts);

// Py_BEGIN_ALLOW_THREADS / Py_END_ALLOW_THREADS: the running thread
// releases the GIL around a blocking call. No-ops while the GIL is unused.
ThreadState* gil_release() noexcept;
void gil_reacquire(ThreadState* ts) noexcept;
class GilRelease {
public:
  GilRelease() noexcept : ts_(gil_release()) {}
  ~GilRelease() { gil_reacquire(ts_); }
  GilRelease(const GilRelease&) = delete;
  GilRelease& operator=(const GilRelease&) = delete;

private:
  ThreadState* ts_;
};

// The eval breaker saw EVAL_BREAKER_GIL_DROP: drop the GIL, let a waiting
// thread run, take it back. Called with the GIL held.
void gil_yield(ThreadState* ts);

// sys.getswitchinterval()/setswitchinterval(): seconds; set returns -1 with
// ValueError "switch interval must be strictly positive" when <= 0.
double gil_switch_interval() noexcept;
int gil_set_switch_interval(double seconds);

// In a child after fork(), before anything else: a fresh GIL held by `ts`
// (when the GIL was in use), `ts` the only and main thread state.
void gil_after_fork_child(ThreadState* ts);

// Interpreter shutdown: from now on only the main thread runs Python code.
void gil_finalize() noexcept;
bool gil_finalizing() noexcept;

// Thread states. thread_state_new creates and registers the state of a new
// OS thread (not yet current, GIL not taken); thread_state_delete unlinks
// and frees it (its frames are gone, its exception state cleared; the
// caller holds the GIL and frees the data stack first).
ThreadState* thread_state_new(Interpreter* interp);
void thread_state_delete(ThreadState* ts);
// The main thread's state and whether `ts` is it.
ThreadState* main_thread_state() noexcept;
inline bool is_main_thread(ThreadState* ts) noexcept {
  return ts == main_thread_state();
}
// Number of thread states (the main one included).
int thread_state_count() noexcept;
// pthread_self() of the running thread, as _thread.get_ident() reports it.
uint64_t current_thread_ident() noexcept;

} // namespace coil
