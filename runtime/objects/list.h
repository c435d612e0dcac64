// list: resizable arrays of references (GC-tracked).
#pragma once

#include "runtime/object.h"

namespace coil {

struct ListObject : VarObject { // size = length
  Object** items;
  ssize allocated;
};

inline bool list_check(Object* o) noexcept {
  return type_has_flag(o->type, TPFLAG_LIST_SUBCLASS);
}
inline bool list_check_exact(Object* o) noexcept {
  return o->type == &ListType;
}
inline ssize list_size(Object* l) noexcept {
  return static_cast<ListObject*>(l)->size;
}
inline Object** list_items(Object* l) noexcept {
  return static_cast<ListObject*>(l)->items;
}
inline Object* list_get(Object* l, ssize i) noexcept {
  return list_items(l)[i];
} // borrowed
inline void list_set(Object* l, ssize i, Object* v) noexcept {
  list_items(l)[i] = v;
} // steals; fresh lists only

Object* list_new(ssize n);             // n null slots to fill with list_set
int list_append(Object* l, Object* v); // increfs v
int list_extend(Object* l, Object* iterable);
int list_insert(Object* l, ssize i, Object* v);
Object* list_as_tuple(Object* l);
Object* list_slice(Object* l, ssize start, ssize stop);
int list_sort(Object* l, Object* key, bool reverse); // stable; key may be nullptr
int list_reverse(Object* l);
// Resizes with CPython's over-allocation; new slots are uninitialised.
int list_resize(Object* l, ssize newsize);
// list.sort(*, key=None, reverse=False) as a METH_FASTCALL|METH_KEYWORDS method (list_sort.cpp).
Object* list_sort_method(Object* self, Object* const* args, ssize nargs, Object* kwnames);

extern TypeObject ListIterType;    // list_iterator
extern TypeObject ListRevIterType; // list_reverseiterator

} // namespace coil
