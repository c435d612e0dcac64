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
  // Async generators only (zero otherwise): hooks initialised on first use,
  // closed (aclose()/exhausted), an asend/athrow awaitable is running.
  bool ag_hooks_inited;
  bool ag_closed;
  bool ag_running_async;
  Object* ag_finalizer; // strong or nullptr (sys.set_asyncgen_hooks finalizer)
  Object* code;         // strong: gi_code/cr_code/ag_code outlive the frame
  // The frame (variable size: Frame::size_in_words(code) words).
  Object* frame_storage[1];
  Frame* frame() noexcept { return reinterpret_cast<Frame*>(frame_storage); }
};

inline bool gen_check(Object* o) noexcept {
  return o->type == &GeneratorType;
}

// Coroutines and async generators share GenObject's layout
// (runtime/objects/coro.cpp defines their types).
extern TypeObject CoroutineType; // coroutine
extern TypeObject AsyncGenType;  // async_generator
inline bool coro_check(Object* o) noexcept {
  return o->type == &CoroutineType;
}
inline bool async_gen_check(Object* o) noexcept {
  return o->type == &AsyncGenType;
}
// Any object with GenObject's layout (generator, coroutine, async generator).
inline bool gen_like_check(Object* o) noexcept {
  return o->type == &GeneratorType || o->type == &CoroutineType || o->type == &AsyncGenType;
}
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

// ---------------------------------------------------------------- shared with coroutines (coro.cpp)
// The methods of generator objects, reused by coroutine and async generator
// types (messages name the object's kind: "coroutine ignored GeneratorExit").
Object* gen_send_method(Object* self, Object* value);                     // send(value)
Object* gen_throw_method(Object* self, Object* const* args, ssize nargs); // throw(...)
Object* gen_close_method(Object* self, Object* unused);                   // close()
Object* gen_sizeof_method(Object* self, Object* unused); // __sizeof__(): the object with its frame
// Throws `exc` into the generator at its yield point. close_on_genexit:
// GeneratorExit closes a delegated sub-iterator first (throw()/close());
// false throws it into the sub-iterator instead (async generator aclose()).
Object* gen_throw_exc(GenObject* gen, Object* exc, bool close_on_genexit);
// throw(typ[, val[, tb]]) argument handling, then gen_throw_exc.
Object* gen_throw_args(Object* self, Object* const* args, ssize nargs, bool close_on_genexit);
// Closes a suspended generator (tp_finalize of generators).
void gen_finalize_default(Object* self);
void gen_dealloc_common(Object* self); // tp_dealloc shared by the three kinds
int gen_traverse_common(Object* self, VisitFn visit, void* arg);
// "generator", "coroutine" or "async generator" for messages.
const char* gen_kind_name(Object* gen) noexcept;

} // namespace coil
