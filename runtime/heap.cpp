// Heap walking (runtime/heap.h) on top of the allocator's block enumeration
// (runtime/alloc.h).
//
// Invariants
// - Refcounts of STATIC_REFCNT and more belong to static objects (object.h).
// - Every block raw_alloc hands out holds one object: a plain block starts
//   with the object, a GC block with its GCHead (runtime/gc.h). gc_alloc and
//   object_alloc are the only callers of raw_alloc.
#include "runtime/heap.h"

#include <cstdio>

#include "runtime/alloc.h"
#include "runtime/gc.h"

namespace coil {

namespace {

struct Walk {
  void (*fn)(Object*, void*);
  void* arg;
};

void visit_block(void* block, BlockKind kind, void* arg) {
  auto* w = static_cast<Walk*>(arg);
  if (kind == BlockKind::Data) // not an object
    return;
  if (kind == BlockKind::ManagedGC)
    block = static_cast<char*>(block) + MANAGED_PREHEADER;
  Object* o =
      kind != BlockKind::Plain ? gc_object_of(static_cast<GCHead*>(block)) : static_cast<Object*>(block);
  w->fn(o, w->arg);
}

} // namespace

void heap_for_each_object(void (*fn)(Object* o, void* arg), void* arg) {
  Walk w{fn, arg};
  raw_for_each_block(visit_block, &w);
}

ssize heap_total_refcount() {
  ssize total = 0;
  heap_for_each_object(
      [](Object* o, void* arg) {
        ssize n = o->refcnt;
        if (n >= STATIC_REFCNT) // static objects (object.h): only the uses are real
          n -= STATIC_REFCNT;
        *static_cast<ssize*>(arg) += n;
      },
      &total);
  return total;
}

ssize heap_live_blocks() noexcept {
  return static_cast<ssize>(raw_live_blocks());
}

void heap_print_refcount_line() {
  fflush(stdout);
  fprintf(stderr, "[%zd refs, %zd blocks]\n", heap_total_refcount(), heap_live_blocks());
  fflush(stderr);
}

} // namespace coil
