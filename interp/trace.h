// sys.settrace / sys.setprofile support for the evaluation loop.
//
// The loop ORs ThreadState::use_tracing into every fetched opcode; while a
// trace or profile function is set (and none is running) every instruction
// therefore lands on the loop's tracing label, which calls
// trace_instruction before dispatching the real instruction. Frame exits,
// exceptions and calls of C functions call the other hooks only when
// use_tracing (or trace_func) is set, so the cost with tracing off is the
// OR in the dispatch and a few predictable branches off the hot paths.
#pragma once

#include "runtime/object.h"
#include "runtime/objects/frame.h"
#include "runtime/thread_state.h"

namespace coil::interp {

// Before executing the instruction at frame->prev_instr: the 'call' event
// at a RESUME, 'line' and 'opcode' events otherwise. Returns 0, 1 when the
// trace function moved the frame (f_lineno set: continue at the new
// frame->prev_instr with the new frame->stacktop), -1 on error.
int trace_instruction(ThreadState* ts, Frame* frame);
// The 'return' event (retval = the value returned or yielded). -1 on error.
int trace_frame_exit(ThreadState* ts, Frame* frame, Object* retval);
// The 'return' event of a frame left by an exception (argument None); the
// pending exception is kept unless a hook fails.
void trace_frame_unwind(ThreadState* ts, Frame* frame);
// The 'exception' event for the pending exception, raised in `frame`.
void trace_exception(ThreadState* ts, Frame* frame);
// A call of a non-Python callable while use_tracing is set: with a profile
// function, builtin functions and method descriptors get c_call, c_return
// and c_exception events. Same contract as object_vectorcall.
Object* trace_vectorcall(ThreadState* ts, Object* func, Object* const* args, size_t nargsf, Object* kwnames);
// CALL_FUNCTION_EX while tracing: the same c_call/c_return/c_exception
// events around builtin functions and method descriptors (bound to the
// first positional argument), as CPython's do_call_core.
Object* trace_call_function_ex(ThreadState* ts, Object* func, Object* callargs, Object* kwargs);
// Installs the f_lineno setter (frame_set_lineno_hook).
void trace_install();

} // namespace coil::interp
