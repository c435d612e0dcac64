// Generator objects (coroutines and async generators build on the same
// layout later).
//
// Invariants
// - A generator owns its frame inline (frame_storage), owner
//   FRAME_OWNED_BY_GENERATOR. The frame is created by RETURN_GENERATOR by
//   moving the function's frame here, and cleared when the generator
//   finishes or is deallocated.
// - While running, the generator's ExcInfo is linked on top of the
//   thread's handled-exception stack.
// - `state` is one of GEN_CREATED / GEN_SUSPENDED / GEN_RUNNING / GEN_CLEARED.
#pragma once

#include "runtime/object.h"
#include "runtime/objects/frame.h"
#include "runtime/thread_state.h"

namespace coil {

extern TypeObject GeneratorType;

enum GenState : int8_t { GEN_CREATED = 0, GEN_SUSPENDED = 1, GEN_RUNNING = 2, GEN_CLEARED = 3 };

struct GenObject : Object {
  Object* name;
  Object* qualname;
  Object* weakreflist;
  ExcInfo exc_state;
  int8_t state;
  // The frame (variable size: Frame::size_in_words(code) words).
  Object* frame_storage[1];
  Frame* frame() noexcept { return reinterpret_cast<Frame*>(frame_storage); }
};

inline bool gen_check(Object* o) noexcept { return o->type == &GeneratorType; }
inline GenObject* gen_of_frame(Frame* f) noexcept {
  return reinterpret_cast<GenObject*>(reinterpret_cast<char*>(f) - offsetof(GenObject, frame_storage));
}

// Creates a generator for `func` and moves `frame` (which must be on the
// thread's data stack) into it. The caller then pops the frame's memory
// without clearing its references (they now belong to the generator).
Object* gen_new_from_frame(Object* func, Frame* frame);

// Resumes the generator with `value` (send) or with the pending exception
// (throw). Returns the yielded value; or nullptr with *returned set to the
// return value (no exception) when the generator finished; or nullptr with
// an exception.
Object* gen_send_ex(GenObject* gen, Object* value, bool throw_pending, Object** returned);
// next() semantics: nullptr without exception when exhausted normally.
Object* gen_iternext(Object* gen);
// The sub-iterator a suspended `yield from` delegates to (new ref), or nullptr.
Object* gen_yieldfrom(GenObject* gen);

} // namespace coil
