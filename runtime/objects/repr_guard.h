// Recursion guard for container reprs (CPython's Py_ReprEnter/Py_ReprLeave):
// a per-thread set of the containers whose repr is being computed, so that
// `l = [1]; l.append(l); repr(l)` gives "[1, [...]]".
//
// Invariants
// - repr_enter(o) returns 1 when o is already being repr'd on this thread
//   (the caller prints "[...]" and must NOT call repr_leave), 0 after adding
//   it (the caller must call repr_leave(o) on every path), -1 on error.
#pragma once

#include "runtime/object.h"

namespace coil {

int repr_enter(Object* o);
void repr_leave(Object* o) noexcept;

} // namespace coil
