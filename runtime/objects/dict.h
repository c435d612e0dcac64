// dict: insertion-ordered hash tables (CPython's compact layout).
//
// Invariants
// - Entries are kept in insertion order in a dense array; a sparse index
//   table maps hash slots to entry indices (CPython's design), so iteration
//   order and growth follow CPython's.
// - `version` changes on every mutation (inline caches for globals).
// - A split dict (values != nullptr) keeps its keys in a class's SharedKeys
//   and its values in a DictValues (runtime/objects/dict_split.h).
// - Mutation during iteration is detected ("dictionary changed size during iteration").
#pragma once

#include "runtime/object.h"

namespace coil {

struct DictEntry {
  hash_t hash;
  Object* key; // nullptr for a deleted entry
  Object* value;
};

struct SharedKeys;
struct DictValues;

struct DictObject : Object {
  ssize used;         // number of live items
  ssize nentries;     // entries used in `entries` (live + deleted)
  ssize capacity;     // size of the index table, a power of 2
  void* indices;      // int8/16/32/64 by capacity
  DictEntry* entries; // capacity * 2/3 entries
  uint64_t version;
  // A split dict (dict_split.h) has both (and no table: capacity 0); a
  // combined one neither.
  SharedKeys* shared;
  DictValues* values;
};

inline bool dict_check(Object* o) noexcept {
  return type_has_flag(o->type, TPFLAG_DICT_SUBCLASS);
}
inline bool dict_check_exact(Object* o) noexcept {
  return o->type == &DictType;
}
inline ssize dict_size(Object* d) noexcept {
  return static_cast<DictObject*>(d)->used;
}

Object* dict_new();
// Borrowed value or nullptr. With an exception set when hashing/comparing failed.
Object* dict_getitem(Object* d, Object* key);
Object* dict_getitem_str(Object* d, const char* key); // borrowed, no exception
Object* dict_getitem_known_hash(Object* d, Object* key, hash_t hash);
int dict_setitem(Object* d, Object* key, Object* value); // increfs both
int dict_setitem_str(Object* d, const char* key, Object* value);
int dict_delitem(Object* d, Object* key); // KeyError if missing
int dict_delitem_str(Object* d, const char* key);
int dict_contains(Object* d, Object* key); // 0/1/-1
// Iterates: `ssize pos = 0; Object *k, *v; while (dict_next(d, &pos, &k, &v)) ...` (borrowed).
bool dict_next(Object* d, ssize* pos, Object** key, Object** value) noexcept;
Object* dict_keys_list(Object* d);
Object* dict_values_list(Object* d);
Object* dict_items_list(Object* d);
Object* dict_copy(Object* d);
int dict_update(Object* d, Object* other); // dict.update(other): mapping or iterable of pairs
int dict_merge(Object* d, Object* other, bool override_existing); // mapping only
void dict_clear(Object* d);
Object* dict_setdefault(Object* d, Object* key, Object* dflt); // borrowed

} // namespace coil
