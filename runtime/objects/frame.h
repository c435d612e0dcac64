// The layout of interpreter frames and of Python-visible frame objects.
//
// The runtime owns the data layout (generators, tracebacks, the collector
// and sys._getframe need it); interp/ owns executing frames.
//
// Invariants
// - A Frame lives in its thread's data stack (owner FRAME_OWNED_BY_THREAD),
//   inside a generator object (FRAME_OWNED_BY_GENERATOR), or, after it
//   finished while a FrameObject still refers to it, inside that FrameObject
//   (FRAME_OWNED_BY_FRAME_OBJECT).
// - localsplus holds code->nlocalsplus fast locals (locals, cells, frees)
//   followed by the value stack; `stacktop` is the number of live entries
//   in localsplus (locals included), CPython 3.11's convention.
// - code and func are strong references; globals and builtins are borrowed
//   from func. locals is strong (or nullptr for optimised frames).
// - prev_instr points at the last instruction started (code - 1 before the
//   first), so lasti = prev_instr - code.
#pragma once

#include "runtime/object.h"
#include "runtime/objects/code.h"

namespace coil {

enum FrameOwner : uint8_t {
  FRAME_OWNED_BY_THREAD = 0,
  FRAME_OWNED_BY_GENERATOR = 1,
  FRAME_OWNED_BY_FRAME_OBJECT = 2,
};

struct FrameObject;

struct Frame {
  CodeObject* code;
  Object* func;     // FunctionObject
  Object* globals;  // borrowed
  Object* builtins; // borrowed
  Object* locals;   // strong or nullptr
  Frame* previous;
  FrameObject* frame_obj; // strong, created lazily
  CodeUnit* prev_instr;
  int stacktop;
  uint8_t owner;
  bool is_entry; // the first frame of one invocation of the eval loop
  Object* localsplus[1];

  int lasti() const noexcept { return static_cast<int>(prev_instr - code->code); }
  Object** stack_base() noexcept { return localsplus + code->nlocalsplus; }
  // The header (up to localsplus: `localsplus[1]` only stands for the
  // variable part) plus the locals, cells, frees and the value stack.
  static ssize size_in_words(CodeObject* code) noexcept;
};

inline ssize Frame::size_in_words(CodeObject* code) noexcept {
  static_assert(offsetof(Frame, localsplus) % sizeof(Object*) == 0);
  return static_cast<ssize>(offsetof(Frame, localsplus) / sizeof(Object*)) + code->nlocalsplus +
         code->stacksize;
}

extern TypeObject FrameType;

struct FrameObject : Object {
  Frame* frame;  // the frame this object shows (possibly its own copy)
  Object* back;  // f_back once the frame has exited, else nullptr (computed from frame->previous)
  Object* trace; // f_trace
  int lineno;    // set while a trace function runs for this frame; 0 otherwise
  bool trace_lines;
  bool trace_opcodes;
  // The frame's last instruction seen by the tracing hook (line events
  // fire when the line changes or on a backward jump).
  CodeUnit* trace_prev;
  Object* owned_frame_data[1]; // storage the frame is copied to when it exits
};

// Returns the frame object for `frame` (new reference), creating it lazily.
Object* frame_get_object(Frame* frame);
// Current line of a frame (from prev_instr and the line table).
int frame_get_lineno(Frame* frame) noexcept;
inline CodeObject* frame_object_code(Object* fo) noexcept {
  return static_cast<FrameObject*>(fo)->frame->code;
}
int frame_object_lineno(Object* fo) noexcept;
// Setting f_lineno from a trace function (interp/trace.cpp installs it):
// returns 0, or -1 with an exception set.
extern int (*frame_set_lineno_hook)(FrameObject* fo, Object* value);
// Trace events (CPython's PyTrace_* numbering), as ThreadState::tracing_what.
enum TraceEvent : int {
  TRACE_CALL = 0,
  TRACE_EXCEPTION = 1,
  TRACE_LINE = 2,
  TRACE_RETURN = 3,
  TRACE_C_CALL = 4,
  TRACE_C_EXCEPTION = 5,
  TRACE_C_RETURN = 6,
  TRACE_OPCODE = 7,
};
// Called by the interpreter when a frame exits: if a FrameObject still
// refers to it, the frame's contents move into the object. Then the frame's
// references are released.
void frame_clear_on_exit(Frame* frame);
// Drops the references held by a frame (locals, stack, code, func, locals dict).
void frame_clear_references(Frame* frame);
// Locals of a frame as a dict (f_locals; for optimised frames a snapshot).
Object* frame_get_locals(Frame* frame);
// CPython's PyFrame_LocalsToFast(frame, clear=1), after a trace function
// ran: the cached f_locals dict of an optimized frame is copied back into
// the fast locals and cells (a name missing from the dict unbinds the
// local). No-op for other frames or when f_locals was never built.
void frame_locals_to_fast(Frame* frame);
int frame_traverse(Frame* frame, VisitFn visit, void* arg);

} // namespace coil
