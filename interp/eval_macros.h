// The few macros the evaluation loop uses, in one place (STYLE: macros that
// touch control flow live in one documented header).
//
// The loop keeps its hot state in locals: `frame`, `next_instr` (the next
// code unit to fetch), `stack_pointer` (one past the top of the value
// stack), `opcode`, `oparg`. Fetching sets frame->prev_instr, which is how
// tracebacks and f_lineno find the current instruction.
#pragma once

// Fetch the next instruction and jump to its body.
#define DISPATCH()                                                                                           \
  do {                                                                                                       \
    frame->prev_instr = next_instr;                                                                          \
    CodeUnit word_ = *next_instr++;                                                                          \
    opcode = word_ & 0xFF;                                                                                   \
    oparg = word_ >> 8;                                                                                      \
    goto* dispatch_table[opcode];                                                                            \
  } while (0)

#define TARGET(op) TARGET_##op : next_instr += bytecode::op_info[bytecode::op].cache;

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
