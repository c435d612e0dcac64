// Walking the heap: every live object allocated by object_alloc/gc_alloc
// (runtime/gc.h), for the leak check and -X showrefcount.
//
// Invariants
// - Static objects (built-in types, None, the small ints, ...) are not heap
//   objects and are never visited or counted.
// - The set of objects is fixed before the first callback; callbacks may
//   incref/decref but must not free objects not yet visited.
#pragma once

#include "runtime/object.h"

namespace coil {

void heap_for_each_object(void (*fn)(Object* o, void* arg), void* arg);
// Sum of the reference counts of the live heap objects (the N of CPython's
// "[N refs, M blocks]").
ssize heap_total_refcount();
// The live heap objects (the M of "[N refs, M blocks]").
ssize heap_live_blocks() noexcept;
// "[N refs, M blocks]\n" on stderr, as a CPython debug build under
// -X showrefcount (at exit, and after each statement in interactive mode).
void heap_print_refcount_line();

} // namespace coil
