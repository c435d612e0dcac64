// Allocation of objects and the generational cycle collector.
//
// Invariants
// - A GC object (type flag TPFLAG_HAVE_GC; static type objects excepted, see
//   object_is_gc) is preceded by a GCHead of two
//   words (16 bytes, as CPython's PyGC_Head, so sys.getsizeof matches).
//   gc_alloc returns the Object* just after it; gc_free takes that pointer.
// - A GC object is in at most one generation list, while "tracked". Types
//   track their objects once fully initialised (gc_track) and untrack them
//   first thing in dealloc (gc_untrack).
// - traverse visits every Object* the object owns that may be part of a
//   cycle; clear drops those references (to break cycles).
// - The collector never runs inside an allocation made by the collector; it
//   runs when generation 0's allocation count exceeds its threshold, at a
//   safe point (the allocation itself: callers must be ready for arbitrary
//   __del__ code to run there, as in CPython).
#pragma once

#include <cstdint>

#include "runtime/object.h"

namespace coil {

struct GCHead {
  GCHead* next;
  uintptr_t prev; // low bits used by the collector during a collection
};

// CPython's _PyObject_IS_GC: does `o` have a GCHead? Objects of a
// TPFLAG_HAVE_GC type do, except the static (non-heap) type objects, which
// are C++ globals: `type` is a GC type for the classes made at run time only.
inline bool object_is_gc(Object* o) noexcept {
  unsigned long flags = o->type->flags;
  if (!(flags & TPFLAG_HAVE_GC))
    return false;
  return !(flags & TPFLAG_TYPE_SUBCLASS) || (static_cast<TypeObject*>(o)->flags & TPFLAG_HEAPTYPE);
}

inline GCHead* gc_head_of(Object* o) noexcept {
  return reinterpret_cast<GCHead*>(o) - 1;
}
inline Object* gc_object_of(GCHead* g) noexcept {
  return reinterpret_cast<Object*>(g + 1);
}

// Bytes before the GCHead of an instance of a TPFLAG_MANAGED_DICT type:
// its values and dict pointers (objects/type.h: managed_dict_ptr).
constexpr size_t MANAGED_PREHEADER = 2 * sizeof(void*);

// Allocates `size` bytes for a GC object (size excludes the GCHead); zeroed,
// refcnt 1, type set (heap types are incref'd). Not tracked yet.
Object* gc_alloc(TypeObject* type, ssize size);
void gc_free(void* object);
// Objects currently allocated through object_alloc/gc_alloc and not yet
// freed (static objects excluded): sys.getallocatedblocks(), the leak check.
ssize live_object_count() noexcept;
void gc_track(Object* o) noexcept;
void gc_untrack(Object* o) noexcept;
bool gc_is_tracked(Object* o) noexcept;

// gc module surface.
ssize gc_collect(int generation); // returns unreachable objects found; -1 on error
bool gc_is_enabled() noexcept;
void gc_set_enabled(bool on) noexcept;
void gc_get_threshold(int* t0, int* t1, int* t2) noexcept;
void gc_set_threshold(int t0, int t1, int t2) noexcept;
void gc_get_count(int* c0, int* c1, int* c2) noexcept;
Object* gc_get_objects(int generation); // list; generation -1 = all
Object* gc_get_referrers(Object* const* objs, ssize n);
Object* gc_get_referents(Object* const* objs, ssize n);
int gc_freeze() noexcept;
void gc_unfreeze() noexcept;          // the permanent generation joins the oldest one
ssize gc_get_freeze_count() noexcept; // objects in the permanent generation

// Debug flags (gc.DEBUG_*), as CPython's.
enum GCDebugFlags : int {
  GC_DEBUG_STATS = 1,
  GC_DEBUG_COLLECTABLE = 2,
  GC_DEBUG_UNCOLLECTABLE = 4,
  GC_DEBUG_SAVEALL = 32,
  GC_DEBUG_LEAK = 38,
};
void gc_set_debug(int flags) noexcept;
int gc_get_debug() noexcept;
// The gc module's `garbage` and `callbacks` lists (new references kept by
// the collector): DEBUG_SAVEALL appends unreachable objects to the first;
// the second's callables are called with ("start"/"stop", info) around
// every collection.
void gc_set_module_lists(Object* garbage, Object* callbacks);
struct GCGenerationStats {
  ssize collections;
  ssize collected;
  ssize uncollectable;
};
GCGenerationStats gc_get_generation_stats(int generation) noexcept;

// Objects whose dealloc would recurse deeply (nested containers) defer the
// nested deallocations through this "trashcan" so the C stack stays bounded.
// Usage in dealloc: if (trashcan_begin(o)) { ...free...; trashcan_end(); }
bool trashcan_begin(Object* o);
void trashcan_end();

} // namespace coil
