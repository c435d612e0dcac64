// Signal handling shared by the `_signal` module, the evaluation loop's
// eval breaker, blocking calls and the command line (runtime/modules/signal.cpp).
//
// Invariants
// - The C-level handler only does async-signal-safe work: it marks the
//   signal tripped, sets EVAL_BREAKER_SIGNALS on the main interpreter and
//   writes a byte to the wakeup fd. Python handlers run later, in the main
//   thread, from signals_run_pending() (CPython's PyErr_CheckSignals).
// - Blocking calls that fail with EINTR call err_check_signals() and retry
//   unless it returns -1 (PEP 475).
#pragma once

#include "runtime/thread_state.h"

namespace coil {

// At start-up (after runtime_init): records the dispositions inherited
// from the parent, installs default_int_handler for SIGINT unless SIGINT
// is ignored, and ignores SIGPIPE and SIGXFSZ, as CPython does. 0/-1.
int signals_init();
// At exit: puts back SIG_DFL for every signal a Python handler was
// installed for, and drops the handler objects.
void signals_finalize();
// Async-signal-safe: marks `signum` tripped and asks the main thread to
// look at it (what the C handler does).
void signal_trip(int signum) noexcept;
// PyErr_SetInterruptEx: simulates the arrival of `signum` unless its
// handler is SIG_IGN or SIG_DFL. Returns 0, or -1 for an invalid number
// (no exception set).
int signal_simulate(int signum) noexcept;
// Runs the Python handlers of tripped signals (main thread only; other
// threads return 0 at once). 0, or -1 with the handler's exception set.
int signals_run_pending(ThreadState* ts);
// PyErr_CheckSignals for blocking calls interrupted by EINTR.
int err_check_signals();
// -X faulthandler / PYTHONFAULTHANDLER (unless -E/-I): enables the fatal
// signal handlers of runtime/modules/faulthandler.cpp at start-up. 0.
int faulthandler_init_from_config(const Config& config);

} // namespace coil
