// Weak references: weakref.ReferenceType (and its subclasses), ProxyType and
// CallableProxyType; the native `_weakref` module is in weakref.cpp.
//
// Invariants
// - An object supports weak references when its type has weaklistoffset > 0;
//   the word at that offset heads a doubly linked list of the WeakRefObjects
//   pointing at it (nullptr when there are none).
// - List order as CPython's: the callback-less exact `ref` (the "basic ref",
//   shared by every weakref.ref(o) call) first, then the callback-less proxy,
//   then everything else in creation order (newest after those two).
// - wr_object is a borrowed pointer; it is None once the reference is dead
//   (the referent was deallocated or collected). A dead reference is never
//   revived.
// - Clearing happens centrally: `dealloc()` (runtime/object.cpp) clears the
//   weakrefs of static-type objects before their type's dealloc runs;
//   subtype_dealloc (type_new.cpp) clears those of instances of classes
//   after __del__ (so __del__ still sees live weakrefs, as CPython); the
//   collector clears the weakrefs to unreachable objects before running
//   finalizers (gc.cpp, CPython's handle_weakrefs).
#pragma once

#include "runtime/object.h"

namespace coil {

struct WeakRefObject : Object {
  Object* wr_object;   // borrowed referent, None when dead
  Object* wr_callback; // owned, nullptr when none
  hash_t hash;         // cached hash of the referent, -1 until computed
  WeakRefObject* wr_prev;
  WeakRefObject* wr_next;
  VectorcallFn vectorcall;
};

extern TypeObject WeakRefType;           // weakref.ReferenceType
extern TypeObject WeakProxyType;         // weakref.ProxyType
extern TypeObject WeakCallableProxyType; // weakref.CallableProxyType

inline bool weakref_check_ref(Object* o) noexcept {
  return o->type == &WeakRefType || type_is_subtype(o->type, &WeakRefType);
}
inline bool weakref_check_proxy(Object* o) noexcept {
  return o->type == &WeakProxyType || o->type == &WeakCallableProxyType;
}
inline bool weakref_check(Object* o) noexcept {
  return weakref_check_ref(o) || weakref_check_proxy(o);
}

// The address of o's weakref list head, or nullptr when o's type does not
// support weak references.
inline WeakRefObject** object_weaklist_ptr(Object* o) noexcept {
  ssize off = o->type->weaklistoffset;
  if (off <= 0)
    return nullptr;
  return reinterpret_cast<WeakRefObject**>(reinterpret_cast<char*>(o) + off);
}

// weakref.ref(ob, callback) / weakref.proxy(ob, callback); callback may be
// nullptr or None. New reference; TypeError if ob does not support weakrefs.
Object* weakref_new_ref(Object* ob, Object* callback);
Object* weakref_new_proxy(Object* ob, Object* callback);
// The referent (borrowed), None when dead.
inline Object* weakref_get_object(Object* wr) noexcept {
  return static_cast<WeakRefObject*>(wr)->wr_object;
}

// Unlinks `wr` from its referent's list and marks it dead; drops its callback
// without calling it (CPython's _PyWeakref_ClearRef).
void weakref_clear_ref(WeakRefObject* wr);
// Only unlinks `wr` and marks it dead; its callback stays (the collector
// calls it, or drops it when it clears the ref).
void weakref_unlink(WeakRefObject* wr);
// CPython's PyObject_ClearWeakRefs: kills every weakref to `o` and calls the
// callbacks (with the dead ref as argument; errors are reported as
// unraisable). Called while `o` is being deallocated. Preserves a pending
// exception.
void weakref_clear_all(Object* o);
// Number of weak references to `o` (0 when unsupported).
ssize weakref_count(Object* o) noexcept;

} // namespace coil
