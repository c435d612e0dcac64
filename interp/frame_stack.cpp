// The per-thread data stack that frames live on.
//
// Invariants
// - Memory comes in chunks; a chunk's header records the previous chunk.
//   Frames are pushed and popped in LIFO order, so popping a frame at the
//   start of a chunk returns to the previous chunk.
#include <cstdlib>
#include <cstring>

#include "interp/interp.h"
#include "runtime/errors.h"
#include "runtime/objects/function.h"

namespace coil::interp {

namespace {
struct Chunk {
  Chunk* previous;
  size_t size_words;  // capacity of data[]
  Object** saved_top; // the top in the previous chunk when this chunk was entered
  Object* data[1];
};
constexpr size_t CHUNK_WORDS = 16 * 1024; // 128 KiB per chunk
} // namespace

static bool push_chunk(ThreadState* ts, size_t need_words) {
  size_t words = need_words > CHUNK_WORDS ? need_words : CHUNK_WORDS;
  auto* c = static_cast<Chunk*>(malloc(offsetof(Chunk, data) + words * sizeof(Object*)));
  if (!c)
    return false;
  c->previous = static_cast<Chunk*>(ts->datastack_chunk);
  c->size_words = words;
  c->saved_top = ts->datastack_top;
  ts->datastack_chunk = c;
  ts->datastack_top = c->data;
  ts->datastack_limit = c->data + words;
  return true;
}

Frame* push_frame(ThreadState* ts, Object* func, Object* locals) {
  auto* f = static_cast<FunctionObject*>(func);
  auto* code = static_cast<CodeObject*>(f->code);
  size_t words = static_cast<size_t>(Frame::size_in_words(code));
  if (!ts->datastack_top || ts->datastack_top + words > ts->datastack_limit) {
    if (!push_chunk(ts, words)) {
      err_no_memory();
      return nullptr;
    }
  }
  auto* frame = reinterpret_cast<Frame*>(ts->datastack_top);
  ts->datastack_top += words;
  frame->code = static_cast<CodeObject*>(newref(f->code));
  frame->func = newref(func);
  frame->globals = f->globals;
  frame->builtins = f->builtins;
  frame->locals = xnewref(locals);
  frame->previous = nullptr;
  frame->frame_obj = nullptr;
  frame->prev_instr = code->code - 1;
  frame->stacktop = code->nlocalsplus;
  frame->owner = FRAME_OWNED_BY_THREAD;
  frame->is_entry = false;
  memset(frame->localsplus, 0, sizeof(Object*) * static_cast<size_t>(code->nlocalsplus));
  return frame;
}

void pop_frame(ThreadState* ts, Frame* frame) {
  frame_clear_on_exit(frame);
  release_frame_memory(ts, frame);
}

void release_frame_memory(ThreadState* ts, Frame* frame) {
  auto* chunk = static_cast<Chunk*>(ts->datastack_chunk);
  Object** base = reinterpret_cast<Object**>(frame);
  if (base == chunk->data && chunk->previous) {
    // The frame was the first in its chunk: return to the previous chunk.
    Chunk* prev = chunk->previous;
    ts->datastack_chunk = prev;
    ts->datastack_top = chunk->saved_top;
    ts->datastack_limit = prev->data + prev->size_words;
    free(chunk);
  } else {
    ts->datastack_top = base;
  }
}

void free_datastack(ThreadState* ts) {
  auto* chunk = static_cast<Chunk*>(ts->datastack_chunk);
  while (chunk) {
    Chunk* prev = chunk->previous;
    free(chunk);
    chunk = prev;
  }
  ts->datastack_chunk = nullptr;
  ts->datastack_top = nullptr;
  ts->datastack_limit = nullptr;
}

} // namespace coil::interp
