// tuple: immutable fixed-size arrays of references (GC-tracked).
#pragma once

#include <initializer_list>

#include "runtime/object.h"

namespace coil {

struct TupleObject : VarObject {
  Object* items[1]; // size entries, owned
};

inline bool tuple_check(Object* o) noexcept {
  return type_has_flag(o->type, TPFLAG_TUPLE_SUBCLASS);
}
inline bool tuple_check_exact(Object* o) noexcept {
  return o->type == &TupleType;
}
inline ssize tuple_size(Object* t) noexcept {
  return static_cast<TupleObject*>(t)->size;
}
inline Object** tuple_items(Object* t) noexcept {
  return static_cast<TupleObject*>(t)->items;
}
inline Object* tuple_get(Object* t, ssize i) noexcept {
  return tuple_items(t)[i];
} // borrowed
// Steals `v`; only on tuples just created and not yet shared.
inline void tuple_set(Object* t, ssize i, Object* v) noexcept {
  tuple_items(t)[i] = v;
}

Object* tuple_new(ssize n);                               // n null slots to fill (empty tuple shared)
Object* tuple_pack(std::initializer_list<Object*> items); // increfs each
Object* tuple_from_array(Object* const* items, ssize n);  // increfs each
Object* tuple_slice(Object* t, ssize start, ssize stop);
Object* tuple_empty(); // newref to ()

extern TypeObject TupleIterType; // tuple_iterator

} // namespace coil
