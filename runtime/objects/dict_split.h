// Split-key dicts: the attribute names shared by a class's instances and the
// per-instance values (CPython 3.11's ht_cached_keys, PEP 412, managed dicts).
//
// Invariants
// - A class whose instances have a managed dict (TPFLAG_MANAGED_DICT heap
//   types) owns one SharedKeys (HeapTypeObject::cached_keys). Keys are exact
//   str, only ever appended (never removed), so a key's index is stable and
//   can be cached. At most SHARED_KEYS_MAX keys; `usable` is how many more may
//   be added; nentries + usable (the "usable size") never grows: every new
//   instance lowers `usable` by one while it is > 1 (CPython's rule), every
//   added key moves one from `usable` to `nentries`.
// - DictValues holds one instance's values: `capacity` slots (the usable size
//   when it was made, so every index < nentries of its keys fits), nullptr for
//   an absent attribute, and `order`: the slot indices of the present values
//   in insertion order (`nused` of them).
// - An instance's values live behind its pre-header (instance_values_ptr)
//   until its __dict__ is requested; then a split DictObject takes them over
//   (DictObject::values/shared) and the instance's values pointer is null.
// - A split dict converts itself to a combined one (dict_unshare) when a key
//   cannot go into the shared keys (not an exact str, or no room), and for
//   popitem(), as CPython 3.11.
#pragma once

#include <cstdint>

#include "runtime/object.h"

namespace coil {

constexpr ssize SHARED_KEYS_MAX = 30;   // CPython's SHARED_KEYS_MAX_SIZE
constexpr ssize SHARED_KEYS_SLOTS = 64; // index table size (2 ** NEXT_LOG2_SHARED_KEYS_MAX_SIZE)

struct SharedKeyEntry {
  hash_t hash;
  Object* key; // exact str (owned)
};

struct SharedKeys {
  ssize refcnt;
  ssize nentries;
  ssize usable;
  int8_t indices[SHARED_KEYS_SLOTS]; // -1 empty, else an index into entries
  SharedKeyEntry entries[SHARED_KEYS_MAX];
};

struct DictValues {
  uint8_t capacity;
  uint8_t nused;
  uint8_t order[SHARED_KEYS_MAX];
  Object* slots[]; // capacity of them
};

// A new, empty SharedKeys (refcnt 1); nullptr with MemoryError.
SharedKeys* shared_keys_new();
inline void shared_keys_incref(SharedKeys* k) noexcept {
  k->refcnt++;
}
void shared_keys_decref(SharedKeys* k) noexcept;
inline ssize shared_keys_usable_size(const SharedKeys* k) noexcept {
  return k->nentries + k->usable;
}
// The index of key (any object; only an exact str or an object comparing
// equal to one can match), DKIX_EMPTY (-1), or DKIX_ERROR (-3) when a
// comparison raised.
ssize shared_keys_lookup(SharedKeys* k, Object* key, hash_t hash);
// Appends an exact-str key not yet present; its index, or -1 when full.
ssize shared_keys_insert(SharedKeys* k, Object* key, hash_t hash);

// Values for `capacity` slots, all absent; nullptr with MemoryError.
DictValues* dict_values_new(ssize capacity);
// Frees the memory only (the caller has released the values).
void dict_values_free(DictValues* v) noexcept;
// Records slot ix as newly present / removes it from the insertion order.
void dict_values_add_order(DictValues* v, ssize ix) noexcept;
void dict_values_remove_order(DictValues* v, ssize ix) noexcept;
// Bytes CPython 3.11 counts for values of a dict on these keys.
inline ssize dict_values_reported_size(const SharedKeys* k) noexcept {
  return shared_keys_usable_size(k) * ssize(sizeof(Object*));
}

// A split dict over keys (increfed) taking ownership of values; nullptr with
// MemoryError (the values are then still the caller's).
Object* dict_new_split(SharedKeys* keys, DictValues* values);
// Converts a split dict to a combined one of `newsize` slots (0: CPython's
// growth rule); no-op for a combined dict. 0, or -1 with MemoryError.
int dict_unshare(Object* d, ssize newsize);

} // namespace coil
