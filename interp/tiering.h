// The tiering policy: counting calls and loop back-edges, deciding when a
// code object goes to the JIT, loading the JIT library on first use, and the
// per-code records behind --jit-trace, --jit-stats, `coil explain` and the
// `coil.jit` module.
//
// Invariants
// - Everything here runs on the thread that holds the interpreter (the JIT's
//   worker thread never calls into this file except through JitRecord
//   fields it owns while a record is Queued).
// - code->jit_state is the code object's JitRecord once it has one; records
//   live until the interpreter ends (they carry statistics), and a record
//   whose code died has code == nullptr.
// - LLVM is never loaded unless some code object was sent to the JIT.
#pragma once

#include <cstdio>
#include <memory>
#include <thread>
#include <vector>

#include "interp/jit_iface.h"

namespace coil::interp {

struct TieringState {
  void* library = nullptr; // dlopen handle of libcoil-jit.so
  JitApi api{};
  bool load_attempted = false;
  std::string load_error;
  // Tiered (not --jit-sync) runs load the library on a thread of its own, so
  // the interpreter never waits for LLVM; records that got hot meanwhile
  // wait in `waiting` and are handed to the JIT once it is there.
  std::thread loader;
  std::atomic<bool> loader_done{false};
  std::vector<JitRecord*> waiting;
  std::vector<std::unique_ptr<JitRecord>> records;
  FILE* trace = nullptr; // --jit-trace destination, or nullptr
  bool explain = false;  // coil explain: a record for every function called
  bool forked = false;   // a child of fork(): the JIT's threads are gone, no more compilations
};

// Reads the JIT policy from the configuration (at start-up).
void tier_init(Interpreter* interp);
TieringState* tiering(Interpreter* interp = nullptr);

// Slow paths of the counters (eval loop): returns the native entry to run
// now, or nullptr to keep interpreting.
JitEntryFn tier_hot_call(ThreadState* ts, Frame* frame);
JitEntryFn tier_hot_loop(ThreadState* ts, Frame* frame);

inline JitExit tier_run(ThreadState* ts, Frame* frame, JitEntryFn fn, bool osr) {
  auto* rec = static_cast<JitRecord*>(frame->code->jit_state);
  rec->native_entries++;
  if (osr)
    rec->osr_entries++;
  JitExit x = fn(ts, frame);
  if (x.kind == JIT_DEOPT)
    rec->deopts++;
  return x;
}

// The record for a code object (created when missing; module name taken
// from `globals`).
JitRecord* tier_record(CodeObject* code, Object* globals);
// Compiles a code object now, whatever its counters say (coil.jit.compile).
// Returns 1 when compiled, 0 when refused (rec->reason says why), -1 with
// an exception set.
int tier_compile_now(CodeObject* code, Object* globals);
// Loads the JIT library if needed (waiting for a load in progress); false
// (reason in load_error) if it cannot.
bool tier_load_jit();
// Interpreter thread: hands waiting records to a freshly loaded JIT and
// installs finished compilations.
void tier_poll();
// Waits (up to `max_ms` milliseconds, GIL released while sleeping) until no
// compilation is queued or running, installing what finishes
// (coil.jit.wait(); the leak check, whose figures pending jobs would blur:
// a queued job holds its code object). True when nothing is left pending.
bool tier_drain(int max_ms);
// At exit (before objects are torn down): waits for compilations, writes
// --jit-stats and the `coil explain` report.
void tier_finalize();
// fork() hooks (runtime/fork.h): the parent waits for a library load in
// progress; the child compiles nothing more (the JIT's worker thread and any
// lock it held did not survive) and keeps the native code it has.
void tier_fork_prepare();
void tier_fork_child();
// The statistics as a dict (coil.jit.stats()).
Object* tier_stats_dict();
// One line for a trace event, when --jit-trace is on.
void tier_trace(const char* fmt_line);

} // namespace coil::interp
