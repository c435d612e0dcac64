// The contract between the interpreter and the JIT tier.
//
// The JIT (jit/) is a shared library, libcoil-jit.so, that the interpreter
// loads with dlopen the first time a code object gets hot; nothing links
// against it. This header is everything the two sides share.
//
// Invariants (the frame contract between tiers)
// - Native code runs a Frame laid out exactly as the interpreter's
//   (runtime/objects/frame.h): locals, cells and the value stack live in
//   frame->localsplus, so either tier can continue a frame the other one
//   started. The stack depth at every instruction is fixed by the bytecode,
//   so native code addresses stack slots at constant offsets.
// - A native entry `JitEntryFn(ts, frame)` starts executing at the
//   instruction after frame->prev_instr (function start, generator resume
//   after RETURN_GENERATOR or YIELD_VALUE, or a loop header for on-stack
//   replacement). It never pushes or pops its own frame: the interpreter
//   does that around the call, as it does for interpreted frames.
// - Before any call that can run Python code, raise, or collect, native
//   code stores frame->prev_instr (the executing instruction) and
//   frame->stacktop (live stack entries), so tracebacks, f_lineno,
//   sys._getframe, gc traversal and gc.get_referrers see the same frame
//   state as under the interpreter.
// - Exit kinds: JIT_RETURN (value = the return value; stack empty),
//   JIT_YIELD (value = the yielded value; frame suspended at its
//   YIELD_VALUE, the interpreter marks the generator suspended),
//   JIT_ERROR (value = nullptr; exception pending, this frame's traceback
//   entry recorded and its stack cleared), JIT_DEOPT (value = nullptr; the
//   interpreter continues at frame->prev_instr + 1 with frame->stacktop
//   entries: an exact bytecode boundary).
// - eval_step executes exactly one instruction (the one after
//   frame->prev_instr) with the interpreter's own code; native code uses it
//   for instructions it does not lower itself, so both tiers share one
//   definition of each instruction's semantics.
#pragma once

#include <atomic>
#include <cstdint>
#include <string>

#include "runtime/object.h"
#include "runtime/objects/frame.h"
#include "runtime/thread_state.h"

namespace coil::interp {

enum JitExitKind : intptr_t { JIT_RETURN = 0, JIT_YIELD = 1, JIT_ERROR = 2, JIT_DEOPT = 3 };
struct JitExit {
  Object* value;
  intptr_t kind;
};
using JitEntryFn = JitExit (*)(ThreadState*, Frame*);

// eval_step results.
enum StepStatus : int {
  STEP_OK = 0,          // executed; frame->prev_instr + 1 is the next instruction
  STEP_ERROR = 1,       // raised; no traceback entry added yet
  STEP_ERROR_NO_TB = 2, // re-raised (RERAISE, END_ASYNC_FOR): no new traceback entry
};
// Executes one instruction of `frame` with the interpreter's code. kwnames:
// the KW_NAMES tuple for a CALL (borrowed), else nullptr.
int eval_step(ThreadState* ts, Frame* frame, Object* kwnames);

// What the tiering policy knows about one code object (code->jit_state).
enum class JitStatus : uint8_t {
  Interpreted, // not (yet) hot
  Queued,      // handed to the JIT, not installed yet
  Compiled,    // code->jit_entry is set
  Failed,      // the JIT refused or failed; `reason` says why
  Skipped,     // never to be compiled (--jit-only, JIT unavailable); `reason`
};
struct JitRecord {
  CodeObject* code = nullptr; // borrowed; nullptr once the code object died
  std::string module;         // module name and qualname, "module:qualname"
  std::string qualname;
  std::atomic<JitStatus> status{JitStatus::Interpreted};
  std::string reason;                  // why compiled / failed / skipped
  uint64_t calls = 0;                  // calls (all tiers)
  uint64_t native_entries = 0;         // entries into native code (calls, resumes, OSR)
  uint64_t osr_entries = 0;            // of which loop entries
  uint64_t deopts = 0;                 // exits to the interpreter at a bytecode boundary
  int hot_calls = 0;                   // calls when it was requested
  int hot_backedges = 0;               // loop back-edges when it was requested
  double lower_ms = 0, compile_ms = 0; // lowering (main thread), optimisation + codegen
  uint64_t code_bytes = 0;
  int ir_instructions = 0;
  JitEntryFn entry = nullptr; // set by the JIT when ready; published by install
  bool ready = false;         // entry ready to install (set by the JIT, read under the queue lock)
};

// Filled by the JIT library's `coil_jit_init`.
struct JitApi {
  int abi_version;
  // Compiles rec->code (sync: now, on this thread; else on the worker).
  // On failure sets rec->status = Failed and rec->reason.
  void (*request)(JitRecord* rec, bool sync);
  // Main thread: moves finished compilations to their code objects.
  void (*poll)();
  // LLVM IR of a code object's function as text (optimized or not), as a
  // new str, or nullptr with an exception set.
  Object* (*dump_ir)(CodeObject* code, bool optimized);
  // At exit: waits for the worker, writes --jit-stats.
  void (*finalize)();
};
constexpr int JIT_ABI_VERSION = 1;

} // namespace coil::interp
