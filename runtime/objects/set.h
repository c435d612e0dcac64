// set and frozenset: open-addressing hash tables probed exactly as CPython's
// setobject.c (linear probes then perturbation), so iteration order matches.
#pragma once

#include "runtime/object.h"

namespace coil {

struct SetEntry {
  Object* key; // nullptr = empty, a dummy marker object = deleted
  hash_t hash;
};

struct SetObject : Object {
  ssize fill; // active + dummy
  ssize used; // active
  ssize mask; // table size - 1
  SetEntry* table;
  hash_t hash; // frozenset only, -1 until computed
  ssize finger;
  SetEntry smalltable[8];
  Object* weakreflist;
};

inline bool anyset_check(Object* o) noexcept {
  return o->type == &SetType || o->type == &FrozenSetType || type_is_subtype(o->type, &SetType) ||
         type_is_subtype(o->type, &FrozenSetType);
}
inline ssize set_size(Object* s) noexcept {
  return static_cast<SetObject*>(s)->used;
}

Object* set_new(Object* iterable); // iterable may be nullptr
Object* frozenset_new(Object* iterable);
int set_add(Object* s, Object* key);
int set_discard(Object* s, Object* key); // 1 removed, 0 absent, -1 error
int set_contains(Object* s, Object* key);
int set_update(Object* s, Object* iterable);
// In-place set algebra with any iterable (the set methods of the same names).
int set_difference_update(Object* s, Object* other);
int set_symmetric_difference_update(Object* s, Object* other);
int set_intersection_update(Object* s, Object* other);
Object* set_intersection(Object* s, Object* other); // new set (or frozenset, as s)

extern TypeObject SetIterType; // set_iterator

// `ssize pos = 0; Object* k; hash_t h; while (set_next(s, &pos, &k, &h)) ...` (borrowed)
bool set_next(Object* s, ssize* pos, Object** key, hash_t* hash) noexcept;

} // namespace coil
