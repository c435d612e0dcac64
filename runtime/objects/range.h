// range and slice.
#pragma once

#include "runtime/object.h"

namespace coil {

struct RangeObject : Object {
  Object* start; // ints
  Object* stop;
  Object* step;
  Object* length;
};

struct SliceObject : Object {
  Object* start; // any objects, None when omitted
  Object* stop;
  Object* step;
};

inline bool slice_check(Object* o) noexcept {
  return o->type == &SliceType;
}
Object* range_new(Object* start, Object* stop, Object* step);
Object* slice_new(Object* start, Object* stop, Object* step); // nullptr means None
// Normalises a slice for a sequence of `length` (slice.indices); returns the item count, -1 on error.
ssize slice_adjust(Object* slice, ssize length, ssize* start, ssize* stop, ssize* step);
// Like above, but only reads the slice; returns 0/-1. Then use slice_adjust_indices.
int slice_unpack(Object* slice, ssize* start, ssize* stop, ssize* step);
ssize slice_adjust_indices(ssize length, ssize* start, ssize* stop, ssize step) noexcept;
// slice.indices() with arbitrary-size ints: length is a non-negative int;
// outputs are new references. 0/-1.
int slice_get_long_indices(Object* slice, Object* length, Object** start, Object** stop, Object** step);

extern TypeObject RangeIterType;     // range_iterator (values fit in int64)
extern TypeObject LongRangeIterType; // longrange_iterator

} // namespace coil
