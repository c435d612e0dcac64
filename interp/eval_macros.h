// The few macros the evaluation loop uses, in one place (STYLE: macros that
// touch control flow live in one documented header).
//
// The loop keeps its hot state in locals: `frame`, `next_instr` (the next
// code unit to fetch), `stack_pointer` (one past the top of the value
// stack), `opcode`, `oparg`. Fetching sets frame->prev_instr, which is how
// tracebacks and f_lineno find the current instruction.
#pragma once

// Fetch the next instruction and jump to its body (or, while a trace or
// profile function is set, to the tracing label first). In Step mode (one
// instruction for native code, see interp/jit_iface.h) the second dispatch
// returns instead, leaving prev_instr just before the next instruction.
#define DISPATCH()                                                                                           \
  do {                                                                                                       \
    if constexpr (Step) {                                                                                    \
      if (step_started) {                                                                                    \
        frame->prev_instr = next_instr - 1;                                                                  \
        SAVE_SP();                                                                                           \
        *step_status = STEP_OK;                                                                              \
        return nullptr;                                                                                      \
      }                                                                                                      \
      step_started = true;                                                                                   \
    }                                                                                                        \
    frame->prev_instr = next_instr;                                                                          \
    CodeUnit word_ = *next_instr++;                                                                          \
    opcode = word_ & 0xFF;                                                                                   \
    if constexpr (!Step)                                                                                     \
      opcode |= ts->use_tracing; /* 0xFF while tracing: the do_tracing label */                              \
    oparg = word_ >> 8;                                                                                      \
    goto* dispatch_table[opcode];                                                                            \
  } while (0)

#define TARGET(op) TARGET_##op : next_instr += bytecode::op_info[bytecode::op].cache;
// Inside TARGET(op): the instruction's own code unit.
#define THIS_INSTR(op) (next_instr - 1 - bytecode::op_info[bytecode::op].cache)

#define TOP() (stack_pointer[-1])
#define SECOND() (stack_pointer[-2])
#define THIRD() (stack_pointer[-3])
#define PEEK(n) (stack_pointer[-(n)])
#define SET_TOP(v) (stack_pointer[-1] = (v))
#define SET_SECOND(v) (stack_pointer[-2] = (v))
#define PUSH(v) (*stack_pointer++ = (v))
#define POP() (*--stack_pointer)
#define STACK_SHRINK(n) (stack_pointer -= (n))
#define STACK_GROW(n) (stack_pointer += (n))
#define GETLOCAL(i) (frame->localsplus[i])
#define SETLOCAL(i, v)                                                                                       \
  do {                                                                                                       \
    Object* old_ = GETLOCAL(i);                                                                              \
    GETLOCAL(i) = (v);                                                                                       \
    xdecref(old_);                                                                                           \
  } while (0)
#define JUMPBY(n) (next_instr += (n))
#define SAVE_SP() (frame->stacktop = static_cast<int>(stack_pointer - frame->localsplus))
#define LOAD_SP() (stack_pointer = frame->localsplus + frame->stacktop)
#define CHECK_EVAL_BREAKER()                                                                                 \
  do {                                                                                                       \
    if (ts->interp->eval_breaker.load(std::memory_order_relaxed)) {                                          \
      SAVE_SP();                                                                                             \
      if (handle_eval_breaker(ts) < 0)                                                                       \
        goto error;                                                                                          \
    }                                                                                                        \
  } while (0)

// Instructions native code always lowers itself (frame exits) never reach
// Step mode; if one did, it is an internal error, not undefined behaviour.
#define STEP_UNSUPPORTED()                                                                                   \
  do {                                                                                                       \
    if constexpr (Step) {                                                                                    \
      err_format(SystemError, "eval_step: {} must be lowered natively", bytecode::opcode_name(opcode));      \
      goto error;                                                                                            \
    }                                                                                                        \
  } while (0)

// Tiering (interp/tiering.h): run native code for the current frame and
// continue according to how it left (see JitExitKind).
#define TIER_RUN(fn, osr)                                                                                    \
  do {                                                                                                       \
    JitExit x_ = tier_run(ts, frame, (fn), (osr));                                                           \
    if (x_.kind == JIT_RETURN) {                                                                             \
      frame_result = x_.value;                                                                               \
      goto frame_return;                                                                                     \
    }                                                                                                        \
    if (x_.kind == JIT_YIELD) {                                                                              \
      frame_result = x_.value;                                                                               \
      goto frame_yield;                                                                                      \
    }                                                                                                        \
    if (x_.kind == JIT_ERROR)                                                                                \
      goto exit_unwind;                                                                                      \
    next_instr = frame->prev_instr + 1; /* deoptimised: continue here */                                     \
    LOAD_SP();                                                                                               \
  } while (0)

// At a frame's start or resumption: count calls, and enter native code when
// the code object has it.
#define TIER_ENTRY()                                                                                         \
  do {                                                                                                       \
    if constexpr (!Step) {                                                                                   \
      CodeObject* co_ = frame->code;                                                                         \
      if (!co_->icache && quicken(co_) < 0) /* no memory for caches: run uncached */                         \
        err_clear();                                                                                         \
      auto fn_ = reinterpret_cast<JitEntryFn>(co_->jit_entry);                                               \
      if (frame->prev_instr + 1 == co_->code && ++co_->call_count >= ts->interp->tier_call_threshold &&      \
          !fn_)                                                                                              \
        fn_ = tier_hot_call(ts, frame);                                                                      \
      if (fn_ && !stack_past_soft_limit(ts) && !ts->use_tracing) /* traced frames stay interpreted */        \
        TIER_RUN(fn_, false);                                                                                \
    }                                                                                                        \
  } while (0)

// After a backward jump (next_instr is the loop header): count, and enter
// native code at the header (on-stack replacement) when available.
#define TIER_BACKEDGE()                                                                                      \
  do {                                                                                                       \
    if constexpr (!Step) {                                                                                   \
      CodeObject* co_ = frame->code;                                                                         \
      if (co_->jit_entry || ++co_->backedge_count >= ts->interp->tier_loop_threshold) {                      \
        frame->prev_instr = next_instr - 1;                                                                  \
        SAVE_SP();                                                                                           \
        auto fn_ = reinterpret_cast<JitEntryFn>(co_->jit_entry);                                             \
        if (!fn_)                                                                                            \
          fn_ = tier_hot_loop(ts, frame);                                                                    \
        if (fn_ && !stack_past_soft_limit(ts) && !ts->use_tracing)                                           \
          TIER_RUN(fn_, true);                                                                               \
      }                                                                                                      \
    }                                                                                                        \
  } while (0)
