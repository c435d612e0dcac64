// Internals shared by dict.cpp and dict_views.cpp.
#pragma once

#include "runtime/objects/dict.h"
#include "runtime/objects/dict_split.h"

namespace coil {

enum DictIterKind : int { DICT_ITER_KEYS = 0, DICT_ITER_VALUES = 1, DICT_ITER_ITEMS = 2 };

// The hash of a key, using the cached hash of exact str keys; -1 on error.
hash_t dict_key_hash(Object* key);
// Looks key up; returns the entry index (>= 0), -1 when absent, -3 on error.
// *value receives the borrowed value (nullptr when absent).
// dict_lookup's results besides an entry index (>= 0).
constexpr ssize DKIX_EMPTY = -1; // absent
constexpr ssize DKIX_DUMMY = -2; // an index-table slot of a deleted entry
constexpr ssize DKIX_ERROR = -3; // a key comparison raised
ssize dict_lookup(DictObject* d, Object* key, hash_t hash, Object** value);
int dict_contains_known_hash(Object* d, Object* key, hash_t hash);
int dict_setitem_known_hash(Object* d, Object* key, hash_t hash, Object* value);
int dict_delitem_known_hash(Object* d, Object* key, hash_t hash);

// Positions for iterating combined and split dicts alike: [0, dict_npos)
// are the entries of a combined dict (deleted ones included) or the
// insertion-order positions of a split one. dict_at gives the borrowed key
// and value at a position, false for a deleted entry.
inline ssize dict_npos(const DictObject* d) noexcept {
  return d->values ? d->values->nused : d->nentries;
}
inline bool dict_at(const DictObject* d, ssize pos, Object** key, Object** value,
                    hash_t* hash = nullptr) noexcept {
  if (d->values) {
    int ix = d->values->order[pos];
    *key = d->shared->entries[ix].key;
    *value = d->values->slots[ix];
    if (hash)
      *hash = d->shared->entries[ix].hash;
    return true;
  }
  const DictEntry& e = d->entries[pos];
  if (!e.key)
    return false;
  *key = e.key;
  *value = e.value;
  if (hash)
    *hash = e.hash;
  return true;
}

// Iterator over keys/values/items, forward or reversed (dict_views.cpp).
Object* dict_iter_new(Object* dict, int kind, bool reversed);
// dict.keys()/values()/items() views (dict_views.cpp).
Object* dict_view_new(Object* dict, int kind);

extern TypeObject DictKeysType;
extern TypeObject DictValuesType;
extern TypeObject DictItemsType;
extern TypeObject DictKeyIterType;
extern TypeObject DictValueIterType;
extern TypeObject DictItemIterType;
extern TypeObject DictRevKeyIterType;
extern TypeObject DictRevValueIterType;
extern TypeObject DictRevItemIterType;

} // namespace coil
