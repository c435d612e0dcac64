// dict: the compact, insertion-ordered hash table (views and iterators are in
// dict_views.cpp).
//
// Invariants
// - An empty dict that never held an item (or was cleared) has capacity 0
//   and no tables; the first insertion allocates the minimum table
//   (capacity 8, 5 usable entries), as CPython's shared empty keys do.
// - `indices` has `capacity` slots (capacity a power of 2), each EMPTY (-1),
//   DUMMY (-2, a deleted entry) or an index into `entries`; the slot width
//   (1/2/4/8 bytes) depends on capacity as in CPython.
// - `entries` has usable_fraction(capacity) = capacity*2/3 slots; entries
//   [0, nentries) are in insertion order, deleted ones have key == nullptr.
//   `usable` (kept in the last unused header word below) is the number of
//   entries still free: usable_fraction(capacity) - nentries.
// - Probing: i = hash & mask, then i = (i*5 + (perturb >>= 5) + 1) & mask,
//   with perturb starting at the (unsigned) hash; resizing to the smallest
//   power of 2 >= used*3 (minimum 8) when no entry is free.
// - Lookups compare by identity, then by hash, then with __eq__; if __eq__
//   mutated the dict (the entry moved or the table changed) the lookup
//   restarts.
// - `version` gets a new value from a global counter on every mutation.
// - A split dict (values != nullptr, runtime/objects/dict_split.h) has
//   capacity 0 and no table of its own: lookups go through its shared keys,
//   positions (dict_npos/dict_at) through its values' insertion order. It
//   stays split for lookups, stores of keys the shared keys hold or can take,
//   deletions, iteration, copy(); anything else converts it (dict_unshare).
#include <bit>
#include <cstdlib>
#include <cstring>
#include <string_view>

#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/hash.h"
#include "runtime/object.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/dict_internal.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/repr_guard.h"
#include "runtime/objects/set.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/runtime.h"

namespace coil {

namespace {

constexpr ssize MINSIZE = 8;
constexpr int PERTURB_SHIFT = 5;

uint64_t global_version = 0;

DictObject* D(Object* o) {
  return static_cast<DictObject*>(o);
}

inline ssize usable_fraction(ssize n) {
  return (n << 1) / 3;
}

// Free entries are not stored in DictObject (its layout is a shared
// contract): they are derived from capacity and nentries.
inline ssize dict_usable(DictObject* d) {
  return usable_fraction(d->capacity) - d->nentries;
}

inline int index_width(ssize capacity) {
  if (capacity <= 128)
    return 1;
  if (capacity <= 32768)
    return 2;
  if (capacity <= (ssize(1) << 31))
    return 4;
  return 8;
}

inline ssize get_index(DictObject* d, size_t i) {
  switch (index_width(d->capacity)) {
  case 1:
    return static_cast<int8_t*>(d->indices)[i];
  case 2:
    return static_cast<int16_t*>(d->indices)[i];
  case 4:
    return static_cast<int32_t*>(d->indices)[i];
  default:
    return static_cast<int64_t*>(d->indices)[i];
  }
}

inline void set_index(DictObject* d, size_t i, ssize ix) {
  switch (index_width(d->capacity)) {
  case 1:
    static_cast<int8_t*>(d->indices)[i] = int8_t(ix);
    break;
  case 2:
    static_cast<int16_t*>(d->indices)[i] = int16_t(ix);
    break;
  case 4:
    static_cast<int32_t*>(d->indices)[i] = int32_t(ix);
    break;
  default:
    static_cast<int64_t*>(d->indices)[i] = int64_t(ix);
    break;
  }
}

inline void bump_version(DictObject* d) {
  d->version = ++global_version;
}

// Smallest power of 2 >= minsize, at least MINSIZE.
ssize keysize_for(ssize minsize) {
  ssize size = MINSIZE;
  while (size < minsize)
    size <<= 1;
  return size;
}

// The table size able to hold n items without resizing (CPython's estimate_log2_keysize).
ssize estimate_keysize(ssize n) {
  return keysize_for((n * 3 + 1) / 2);
}

// CPython 3.11's calculate_log2_keysize as a size, quirk included: sizes
// below 8 give 16, and powers of 2 the next one up. Used where 3.11 resizes
// split tables (conversion to combined, merging a split dict).
ssize cpython_keysize(ssize minsize) {
  size_t m = ((size_t(minsize) | size_t(MINSIZE)) - 1) | size_t(MINSIZE - 1);
  return ssize(1) << std::bit_width(m);
}
ssize cpython_estimate_keysize(ssize n) {
  return cpython_keysize((n * 3 + 1) / 2);
}

// Slot for a new entry with this hash: first EMPTY or DUMMY slot along the probe sequence.
size_t find_empty_slot(DictObject* d, hash_t hash) {
  size_t mask = size_t(d->capacity) - 1;
  size_t i = size_t(hash) & mask;
  ssize ix = get_index(d, i);
  for (size_t perturb = size_t(hash); ix >= 0;) {
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + perturb + 1) & mask;
    ix = get_index(d, i);
  }
  return i;
}

// New tables for `newsize` slots able to hold d's items: the index table all
// EMPTY and uninitialised entries. false (MemoryError set) on failure.
bool alloc_tables(DictObject* d, ssize newsize, void** indices, DictEntry** entries) {
  ssize nusable = usable_fraction(newsize);
  size_t isize = size_t(newsize) * size_t(index_width(newsize));
  *indices = nusable < d->used ? nullptr : std::malloc(isize);
  *entries = *indices ? static_cast<DictEntry*>(std::malloc(size_t(nusable) * sizeof(DictEntry))) : nullptr;
  if (*entries == nullptr) {
    std::free(*indices);
    err_no_memory();
    return false;
  }
  std::memset(*indices, 0xff, isize);
  return true;
}

// Makes d use tables from alloc_tables whose first n entries are filled.
void install_tables(DictObject* d, ssize newsize, void* indices, DictEntry* entries, ssize n) {
  d->indices = indices;
  d->entries = entries;
  d->capacity = newsize;
  d->nentries = n;
  for (ssize k = 0; k < n; ++k)
    set_index(d, find_empty_slot(d, entries[k].hash), k);
}

// Replaces the tables by ones of `newsize` slots holding the live entries
// compacted in order. 0 or -1 (MemoryError).
int dict_resize(DictObject* d, ssize newsize) {
  void* indices;
  DictEntry* entries;
  if (!alloc_tables(d, newsize, &indices, &entries))
    return -1;
  ssize n = 0;
  for (ssize i = 0; i < d->nentries; ++i) {
    if (d->entries[i].key != nullptr)
      entries[n++] = d->entries[i];
  }
  std::free(d->indices);
  std::free(d->entries);
  install_tables(d, newsize, indices, entries, n);
  return 0;
}

} // namespace

hash_t dict_key_hash(Object* key) {
  if (str_check_exact(key)) {
    hash_t h = static_cast<StrObject*>(key)->hash;
    if (h != -1)
      return h;
    return str_hash(key);
  }
  return object_hash(key);
}

ssize dict_lookup(DictObject* d, Object* key, hash_t hash, Object** value) {
restart:
  *value = nullptr;
  if (d->capacity == 0) {
    if (d->values) {
      ssize ix = shared_keys_lookup(d->shared, key, hash);
      if (ix < 0)
        return ix;
      if (ix >= d->values->capacity || !d->values->slots[ix])
        return DKIX_EMPTY;
      *value = d->values->slots[ix];
      return ix;
    }
    return DKIX_EMPTY;
  }
  {
    DictEntry* entries = d->entries;
    size_t mask = size_t(d->capacity) - 1;
    size_t i = size_t(hash) & mask;
    size_t perturb = size_t(hash);
    bool key_is_str = str_check_exact(key);
    for (;;) {
      ssize ix = get_index(d, i);
      if (ix == DKIX_EMPTY)
        return DKIX_EMPTY;
      if (ix >= 0) {
        DictEntry* ep = &entries[ix];
        if (ep->key == key) {
          *value = ep->value;
          return ix;
        }
        if (ep->hash == hash && ep->key != nullptr) {
          Object* startkey = ep->key;
          if (key_is_str && str_check_exact(startkey)) {
            if (str_equal(startkey, key)) {
              *value = ep->value;
              return ix;
            }
          } else {
            incref(startkey);
            int cmp = object_richcompare_bool(startkey, key, CMP_EQ);
            decref(startkey);
            if (cmp < 0)
              return DKIX_ERROR;
            if (entries != d->entries || ix >= d->nentries || d->entries[ix].key != startkey)
              goto restart; // the comparison mutated the dict
            if (cmp > 0) {
              *value = ep->value;
              return ix;
            }
          }
        }
      }
      perturb >>= PERTURB_SHIFT;
      i = (i * 5 + perturb + 1) & mask;
    }
  }
}

namespace {

// The slot in `indices` that holds entry index ix (for deletion).
size_t lookup_slot_of_index(DictObject* d, hash_t hash, ssize ix) {
  size_t mask = size_t(d->capacity) - 1;
  size_t i = size_t(hash) & mask;
  size_t perturb = size_t(hash);
  for (;;) {
    if (get_index(d, i) == ix)
      return i;
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + perturb + 1) & mask;
  }
}

// CPython's _PyObject_GC_MAY_BE_TRACKED: could `o` be part of a cycle?
inline bool may_be_tracked(Object* o) {
  if (!object_is_gc(o))
    return false;
  if (o->type == &TupleType)
    return gc_is_tracked(o);
  return true;
}

// CPython's MAINTAIN_TRACKING: an exact dict is untracked by the collector
// until it holds a key or value that may be part of a cycle.
inline void maintain_tracking(DictObject* d, Object* key, Object* value) {
  if (!gc_is_tracked(d) && (may_be_tracked(key) || may_be_tracked(value)))
    gc_track(d);
}

// Inserts or replaces; steals nothing.
// A split dict keeps the store when the key is (or can be added to) its
// shared keys; 1 when it did, 0 when the dict must become combined.
int insert_split(DictObject* d, Object* key, hash_t hash, Object* value) {
  if (!str_check_exact(key))
    return 0;
  ssize ix = shared_keys_lookup(d->shared, key, hash);
  if (ix < 0)
    ix = shared_keys_insert(d->shared, key, hash);
  if (ix < 0 || ix >= d->values->capacity)
    return 0;
  Object* old = d->values->slots[ix];
  d->values->slots[ix] = newref(value);
  if (old == nullptr) {
    dict_values_add_order(d->values, ix);
    d->used++;
  }
  bump_version(d);
  xdecref(old);
  return 1;
}

int insertdict(DictObject* d, Object* key, hash_t hash, Object* value) {
  maintain_tracking(d, key, value);
  if (d->values) {
    if (insert_split(d, key, hash, value))
      return 0;
    if (dict_unshare(d, 0) < 0)
      return -1;
  }
  Object* old;
  ssize ix = dict_lookup(d, key, hash, &old);
  if (ix == DKIX_ERROR)
    return -1;
  if (ix >= 0) {
    if (old != value) {
      d->entries[ix].value = newref(value);
      bump_version(d);
      decref(old);
    }
    return 0;
  }
  if (d->capacity == 0) {
    if (dict_resize(d, MINSIZE) < 0)
      return -1;
  } else if (dict_usable(d) <= 0) {
    if (dict_resize(d, keysize_for(d->used * 3)) < 0)
      return -1;
  }
  size_t slot = find_empty_slot(d, hash);
  ssize n = d->nentries;
  d->entries[n].hash = hash;
  d->entries[n].key = newref(key);
  d->entries[n].value = newref(value);
  set_index(d, slot, n);
  d->nentries = n + 1;
  d->used++;
  bump_version(d);
  return 0;
}

// Removes entry ix (found for key/hash); returns the old key and value (owned).
void delete_entry(DictObject* d, ssize ix, hash_t hash, Object** oldkey, Object** oldvalue) {
  if (d->values) {
    *oldkey = newref(d->shared->entries[ix].key);
    *oldvalue = d->values->slots[ix];
    d->values->slots[ix] = nullptr;
    dict_values_remove_order(d->values, ix);
    d->used--;
    bump_version(d);
    return;
  }
  size_t slot = lookup_slot_of_index(d, hash, ix);
  set_index(d, slot, DKIX_DUMMY);
  DictEntry* ep = &d->entries[ix];
  *oldkey = ep->key;
  *oldvalue = ep->value;
  ep->key = nullptr;
  ep->value = nullptr;
  d->used--;
  bump_version(d);
}

Object* dict_alloc(TypeObject* type) {
  Object* o = type == &DictType ? gc_alloc(type, sizeof(DictObject)) : type_generic_alloc(type, 0);
  if (o == nullptr)
    return nullptr;
  bump_version(D(o));
  // Exact dicts start untracked (see maintain_tracking); subclasses always are.
  if (type != &DictType && !gc_is_tracked(o))
    gc_track(o);
  return o;
}

} // namespace

Object* dict_new() {
  return dict_alloc(&DictType);
}

Object* dict_new_split(SharedKeys* keys, DictValues* values) {
  Object* o = dict_alloc(&DictType);
  if (!o)
    return nullptr;
  DictObject* d = D(o);
  shared_keys_incref(keys);
  d->shared = keys;
  d->values = values;
  d->used = values->nused;
  for (ssize i = 0; i < values->nused; ++i) {
    if (may_be_tracked(values->slots[values->order[i]])) {
      gc_track(o);
      break;
    }
  }
  return o;
}

int dict_unshare(Object* o, ssize newsize) {
  DictObject* d = D(o);
  if (!d->values)
    return 0;
  if (newsize == 0)
    newsize = cpython_keysize(d->used * 3); // CPython's GROWTH_RATE
  void* indices;
  DictEntry* entries;
  if (!alloc_tables(d, newsize, &indices, &entries))
    return -1;
  DictValues* values = d->values;
  SharedKeys* keys = d->shared;
  ssize n = 0;
  for (ssize i = 0; i < values->nused; ++i) {
    int ix = values->order[i];
    entries[n].hash = keys->entries[ix].hash;
    entries[n].key = newref(keys->entries[ix].key);
    entries[n].value = values->slots[ix]; // the reference moves
    n++;
  }
  d->values = nullptr;
  d->shared = nullptr;
  install_tables(d, newsize, indices, entries, n);
  bump_version(d);
  dict_values_free(values);
  shared_keys_decref(keys);
  return 0;
}

Object* dict_getitem_known_hash(Object* d, Object* key, hash_t hash) {
  Object* value;
  ssize ix = dict_lookup(D(d), key, hash, &value);
  if (ix == DKIX_ERROR)
    return nullptr;
  return value;
}

Object* dict_getitem(Object* d, Object* key) {
  hash_t hash = dict_key_hash(key);
  if (hash == -1)
    return nullptr;
  return dict_getitem_known_hash(d, key, hash);
}

Object* dict_getitem_str(Object* d, const char* key) {
  // Fast path for ASCII names: hash the bytes as str_hash would and compare
  // against exact str keys without allocating. Any other key with the same
  // hash (which could compare equal through __eq__) sends us to the slow path.
  DictObject* dp = D(d);
  size_t len = std::strlen(key);
  bool ascii = dp->values == nullptr;
  for (size_t i = 0; i < len && ascii; ++i)
    ascii = static_cast<unsigned char>(key[i]) < 128;
  if (ascii) {
    if (dp->capacity == 0)
      return nullptr;
    hash_t hash = len ? hash_bytes(key, len) : 0;
    if (hash == -1)
      hash = -2;
    std::string_view view(key, len);
    size_t mask = size_t(dp->capacity) - 1;
    size_t i = size_t(hash) & mask;
    size_t perturb = size_t(hash);
    for (;;) {
      ssize ix = get_index(dp, i);
      if (ix == DKIX_EMPTY)
        return nullptr;
      if (ix >= 0) {
        DictEntry* ep = &dp->entries[ix];
        if (ep->hash == hash && ep->key != nullptr) {
          if (!str_check_exact(ep->key))
            break; // slow path
          if (str_equal_ascii(ep->key, view))
            return ep->value;
        }
      }
      perturb >>= PERTURB_SHIFT;
      i = (i * 5 + perturb + 1) & mask;
    }
  }
  Object* k = str_from_utf8(key);
  if (k == nullptr) {
    err_clear();
    return nullptr;
  }
  Object* v = dict_getitem(d, k);
  decref(k);
  if (v == nullptr && err_occurred())
    err_clear();
  return v;
}

int dict_setitem_known_hash(Object* d, Object* key, hash_t hash, Object* value) {
  return insertdict(D(d), key, hash, value);
}

int dict_setitem(Object* d, Object* key, Object* value) {
  hash_t hash = dict_key_hash(key);
  if (hash == -1)
    return -1;
  return insertdict(D(d), key, hash, value);
}

int dict_setitem_str(Object* d, const char* key, Object* value) {
  Object* k = str_intern_utf8(key);
  if (k == nullptr)
    return -1;
  int r = dict_setitem(d, k, value);
  decref(k);
  return r;
}

int dict_delitem_known_hash(Object* d, Object* key, hash_t hash) {
  Object* value;
  ssize ix = dict_lookup(D(d), key, hash, &value);
  if (ix == DKIX_ERROR)
    return -1;
  if (ix < 0) {
    set_key_error(key);
    return -1;
  }
  Object *oldkey, *oldvalue;
  delete_entry(D(d), ix, hash, &oldkey, &oldvalue);
  decref(oldkey);
  decref(oldvalue);
  return 0;
}

int dict_delitem(Object* d, Object* key) {
  hash_t hash = dict_key_hash(key);
  if (hash == -1)
    return -1;
  return dict_delitem_known_hash(d, key, hash);
}

int dict_delitem_str(Object* d, const char* key) {
  Object* k = str_from_utf8(key);
  if (k == nullptr)
    return -1;
  int r = dict_delitem(d, k);
  decref(k);
  return r;
}

int dict_contains_known_hash(Object* d, Object* key, hash_t hash) {
  Object* value;
  ssize ix = dict_lookup(D(d), key, hash, &value);
  if (ix == DKIX_ERROR)
    return -1;
  return ix >= 0 && value != nullptr;
}

int dict_contains(Object* d, Object* key) {
  hash_t hash = dict_key_hash(key);
  if (hash == -1)
    return -1;
  return dict_contains_known_hash(d, key, hash);
}

bool dict_next(Object* d, ssize* pos, Object** key, Object** value) noexcept {
  DictObject* dp = D(d);
  ssize n = dict_npos(dp);
  Object *k, *v;
  for (ssize i = *pos; i < n; ++i) {
    if (dict_at(dp, i, &k, &v)) {
      *pos = i + 1;
      if (key)
        *key = k;
      if (value)
        *value = v;
      return true;
    }
  }
  return false;
}

namespace {

Object* dict_collect(Object* d, int kind) {
  // The list is allocated first: allocation may run the GC (and __del__),
  // which could change the dict, so retry if the size changed.
  for (;;) {
    ssize n = D(d)->used;
    Object* l = list_new(n);
    if (l == nullptr)
      return nullptr;
    if (n != D(d)->used) {
      decref(l);
      continue;
    }
    ssize pos = 0, j = 0;
    Object *k, *v;
    while (dict_next(d, &pos, &k, &v)) {
      Object* item;
      if (kind == DICT_ITER_KEYS)
        item = newref(k);
      else if (kind == DICT_ITER_VALUES)
        item = newref(v);
      else {
        item = tuple_pack({k, v});
        if (item == nullptr) {
          decref(l);
          return nullptr;
        }
      }
      list_set(l, j++, item);
    }
    return l;
  }
}

} // namespace

Object* dict_keys_list(Object* d) {
  return dict_collect(d, DICT_ITER_KEYS);
}
Object* dict_values_list(Object* d) {
  return dict_collect(d, DICT_ITER_VALUES);
}
Object* dict_items_list(Object* d) {
  return dict_collect(d, DICT_ITER_ITEMS);
}

void dict_clear(Object* o) {
  DictObject* d = D(o);
  if (d->values) {
    DictValues* values = d->values;
    SharedKeys* keys = d->shared;
    d->values = nullptr;
    d->shared = nullptr;
    d->used = 0;
    bump_version(d);
    for (ssize i = 0; i < values->capacity; ++i)
      xdecref(values->slots[i]);
    dict_values_free(values);
    shared_keys_decref(keys);
    return;
  }
  DictEntry* entries = d->entries;
  ssize n = d->nentries;
  void* indices = d->indices;
  if (entries == nullptr && d->used == 0)
    return;
  d->entries = nullptr;
  d->indices = nullptr;
  d->capacity = 0;
  d->nentries = 0;
  d->used = 0;
  bump_version(d);
  for (ssize i = 0; i < n; ++i) {
    if (entries[i].key) {
      decref(entries[i].key);
      decref(entries[i].value);
    }
  }
  std::free(entries);
  std::free(indices);
}

Object* dict_copy(Object* o) {
  DictObject* src = D(o);
  Object* copy = dict_new();
  if (copy == nullptr)
    return nullptr;
  if (src->used == 0)
    return copy;
  if (src->values) {
    // As CPython: the copy of a split dict shares its keys.
    decref(copy);
    DictValues* v = dict_values_new(src->values->capacity);
    if (!v)
      return nullptr;
    v->nused = src->values->nused;
    std::memcpy(v->order, src->values->order, sizeof(v->order));
    for (ssize i = 0; i < v->capacity; ++i)
      v->slots[i] = xnewref(src->values->slots[i]);
    copy = dict_new_split(src->shared, v);
    if (!copy) {
      for (ssize i = 0; i < v->capacity; ++i)
        xdecref(v->slots[i]);
      dict_values_free(v);
    }
    return copy;
  }
  if (src->used >= (src->nentries * 2) / 3) {
    // Compact enough: clone the table as is (same capacity, same entries).
    DictObject* d = D(copy);
    size_t isize = size_t(src->capacity) * size_t(index_width(src->capacity));
    size_t esize = size_t(usable_fraction(src->capacity)) * sizeof(DictEntry);
    d->indices = std::malloc(isize);
    d->entries = static_cast<DictEntry*>(std::malloc(esize));
    if (d->indices == nullptr || d->entries == nullptr) {
      std::free(d->indices);
      std::free(d->entries);
      d->indices = nullptr;
      d->entries = nullptr;
      decref(copy);
      return err_no_memory();
    }
    std::memcpy(d->indices, src->indices, isize);
    std::memcpy(d->entries, src->entries, size_t(src->nentries) * sizeof(DictEntry));
    for (ssize i = 0; i < src->nentries; ++i) {
      if (d->entries[i].key) {
        incref(d->entries[i].key);
        incref(d->entries[i].value);
      }
    }
    d->capacity = src->capacity;
    d->nentries = src->nentries;
    d->used = src->used;
    if (gc_is_tracked(o) && !gc_is_tracked(copy))
      gc_track(copy);
    return copy;
  }
  if (dict_merge(copy, o, true) < 0) {
    decref(copy);
    return nullptr;
  }
  return copy;
}

int dict_merge(Object* a, Object* b, bool override_existing) {
  if (dict_check(b) && b->type->iter == DictType.iter) {
    DictObject* other = D(b);
    if (other == D(a) || other->used == 0)
      return 0;
    DictObject* mp = D(a);
    // One resize up front (CPython's rule: when the table could not even hold `other`).
    if (mp->values) {
      if (usable_fraction(SHARED_KEYS_SLOTS) < other->used &&
          dict_unshare(mp, cpython_estimate_keysize(mp->used + other->used)) < 0)
        return -1;
    } else if (other->values) {
      // CPython 3.11 clones only combined tables: a split one is merged
      // after resizing the target (an empty one has no room at all).
      if (usable_fraction(mp->capacity) < other->used &&
          dict_resize(mp, cpython_estimate_keysize(mp->used + other->used)) < 0)
        return -1;
    } else if (usable_fraction(mp->capacity ? mp->capacity : MINSIZE) < other->used) {
      if (dict_resize(mp, estimate_keysize(mp->used + other->used)) < 0)
        return -1;
    }
    ssize orig_size = dict_npos(other);
    for (ssize i = 0; i < dict_npos(other); ++i) {
      Object *k, *v;
      hash_t hash;
      if (!dict_at(other, i, &k, &v, &hash))
        continue;
      Object* key = newref(k);
      Object* value = newref(v);
      int err = 0;
      if (override_existing) {
        err = insertdict(mp, key, hash, value);
      } else {
        int c = dict_contains_known_hash(a, key, hash);
        if (c < 0)
          err = -1;
        else if (c == 0)
          err = insertdict(mp, key, hash, value);
      }
      decref(value);
      decref(key);
      if (err < 0)
        return -1;
      if (orig_size != dict_npos(other)) {
        err_set_string(RuntimeError, "dict mutated during update");
        return -1;
      }
    }
    return 0;
  }
  // A generic mapping: for k in list(b.keys()): a[k] = b[k].
  Object* keys = object_call_method(b, "keys", nullptr, 0);
  if (keys == nullptr)
    return -1;
  Object* keys_it = object_get_iter(keys);
  if (keys_it == nullptr) {
    if (err_matches(TypeError)) {
      err_clear();
      err_format(TypeError, "{}.keys() returned a non-iterable (type {})", type_name_of(b),
                 type_name_of(keys));
    }
    decref(keys);
    return -1;
  }
  decref(keys);
  Object* key_list = sequence_list(keys_it);
  decref(keys_it);
  if (key_list == nullptr)
    return -1;
  Object* it = object_get_iter(key_list);
  decref(key_list);
  if (it == nullptr)
    return -1;
  for (;;) {
    Object* key = iter_next(it);
    if (key == nullptr)
      break;
    if (!override_existing) {
      int c = dict_contains(a, key);
      if (c != 0) {
        decref(key);
        if (c < 0) {
          decref(it);
          return -1;
        }
        continue;
      }
    }
    Object* value = object_getitem(b, key);
    if (value == nullptr) {
      decref(key);
      decref(it);
      return -1;
    }
    int r = dict_setitem(a, key, value);
    decref(key);
    decref(value);
    if (r < 0) {
      decref(it);
      return -1;
    }
  }
  decref(it);
  return err_occurred() ? -1 : 0;
}

// Iterable of key/value pairs (CPython's PyDict_MergeFromSeq2).
int dict_merge_from_seq2(Object* d, Object* seq2, bool override_existing) {
  Object* it = object_get_iter(seq2);
  if (it == nullptr)
    return -1;
  for (ssize i = 0;; ++i) {
    Object* item = iter_next(it);
    if (item == nullptr)
      break;
    Object* fast = sequence_fast(item, "");
    decref(item);
    if (fast == nullptr) {
      if (err_matches(TypeError)) {
        err_clear();
        err_format(TypeError, "cannot convert dictionary update sequence element #{} to a sequence", i);
      }
      decref(it);
      return -1;
    }
    ssize n = list_check(fast) ? list_size(fast) : tuple_size(fast);
    if (n != 2) {
      err_format(ValueError, "dictionary update sequence element #{} has length {}; 2 is required", i, n);
      decref(fast);
      decref(it);
      return -1;
    }
    Object** items = list_check(fast) ? list_items(fast) : tuple_items(fast);
    Object* key = newref(items[0]);
    Object* value = newref(items[1]);
    decref(fast);
    int r = 0;
    if (override_existing) {
      r = dict_setitem(d, key, value);
    } else {
      int c = dict_contains(d, key);
      r = c < 0 ? -1 : (c == 0 ? dict_setitem(d, key, value) : 0);
    }
    decref(key);
    decref(value);
    if (r < 0) {
      decref(it);
      return -1;
    }
  }
  decref(it);
  return err_occurred() ? -1 : 0;
}

int dict_update(Object* d, Object* other) {
  if (dict_check(other))
    return dict_merge(d, other, true);
  int err = 0;
  Object* keys = object_lookup_attr(other, str_static("keys"), &err);
  if (err)
    return -1;
  if (keys) {
    decref(keys);
    return dict_merge(d, other, true);
  }
  return dict_merge_from_seq2(d, other, true);
}

Object* dict_setdefault(Object* d, Object* key, Object* dflt) {
  hash_t hash = dict_key_hash(key);
  if (hash == -1)
    return nullptr;
  Object* value;
  ssize ix = dict_lookup(D(d), key, hash, &value);
  if (ix == DKIX_ERROR)
    return nullptr;
  if (ix >= 0)
    return value;
  if (insertdict(D(d), key, hash, dflt) < 0)
    return nullptr;
  return dflt;
}

namespace {

// ---------------------------------------------------------------- slots

void dict_dealloc(Object* o) {
  gc_untrack(o);
  if (!trashcan_begin(o))
    return;
  DictObject* d = D(o);
  if (d->values) {
    for (ssize i = 0; i < d->values->capacity; ++i)
      xdecref(d->values->slots[i]);
    dict_values_free(d->values);
    shared_keys_decref(d->shared);
  }
  for (ssize i = 0; i < d->nentries; ++i) {
    if (d->entries[i].key) {
      decref(d->entries[i].key);
      decref(d->entries[i].value);
    }
  }
  std::free(d->entries);
  std::free(d->indices);
  free_instance(o);
  trashcan_end();
}

int dict_traverse(Object* o, VisitFn visit, void* arg) {
  DictObject* d = D(o);
  if (d->values) {
    // Split: keys are strs, only the values are visited, in insertion order.
    for (ssize i = 0; i < d->values->nused; ++i)
      if (int r = visit(d->values->slots[d->values->order[i]], arg))
        return r;
    return 0;
  }
  // As CPython's str-keys tables: when every key is an exact str only the
  // values are visited (observable through gc.get_referents); otherwise each
  // value then its key, the order the collector's scan depends on.
  bool str_keys = true;
  for (ssize i = 0; i < d->nentries && str_keys; ++i)
    if (d->entries[i].key && d->entries[i].key->type != &StrType)
      str_keys = false;
  for (ssize i = 0; i < d->nentries; ++i) {
    if (d->entries[i].key) {
      if (int r = visit(d->entries[i].value, arg))
        return r;
      if (!str_keys)
        if (int r = visit(d->entries[i].key, arg))
          return r;
    }
  }
  return 0;
}

int dict_tp_clear(Object* o) {
  dict_clear(o);
  return 0;
}

Object* dict_repr(Object* o) {
  if (D(o)->used == 0)
    return str_from_ascii("{}");
  int r = repr_enter(o);
  if (r != 0)
    return r > 0 ? str_from_ascii("{...}") : nullptr;
  StrBuilder b;
  b.append_ascii('{');
  bool first = true;
  ssize pos = 0;
  Object *key, *value;
  while (dict_next(o, &pos, &key, &value)) {
    incref(key);
    incref(value);
    if (!first)
      b.append_utf8(", ");
    first = false;
    Object* s = object_repr(key);
    if (s) {
      b.append(s);
      decref(s);
      b.append_utf8(": ");
      s = object_repr(value);
    }
    decref(key);
    decref(value);
    if (s == nullptr) {
      repr_leave(o);
      return nullptr;
    }
    b.append(s);
    decref(s);
  }
  b.append_ascii('}');
  repr_leave(o);
  return b.finish();
}

ssize dict_length(Object* o) {
  return D(o)->used;
}

Object* dict_subscript(Object* o, Object* key) {
  hash_t hash = dict_key_hash(key);
  if (hash == -1)
    return nullptr;
  Object* value;
  ssize ix = dict_lookup(D(o), key, hash, &value);
  if (ix == DKIX_ERROR)
    return nullptr;
  if (ix < 0 || value == nullptr) {
    if (!dict_check_exact(o)) {
      bool found = false;
      Object* r = object_call_special(o, str_static("__missing__"), &key, 1, &found);
      if (found || r != nullptr || err_occurred())
        return r;
    }
    return set_key_error(key);
  }
  return newref(value);
}

int dict_ass_subscript(Object* o, Object* key, Object* value) {
  if (value == nullptr)
    return dict_delitem(o, key);
  return dict_setitem(o, key, value);
}

int dict_sq_contains(Object* o, Object* key) {
  return dict_contains(o, key);
}

Object* dict_richcompare(Object* a, Object* b, int op) {
  if (!dict_check(a) || !dict_check(b) || (op != CMP_EQ && op != CMP_NE))
    return newref(NotImplemented);
  int eq = 1;
  if (D(a)->used != D(b)->used) {
    eq = 0;
  } else {
    for (ssize i = 0; i < dict_npos(D(a)); ++i) {
      Object *k, *v;
      hash_t hash;
      if (!dict_at(D(a), i, &k, &v, &hash))
        continue;
      Object* key = newref(k);
      Object* aval = newref(v);
      Object* bval;
      ssize ix = dict_lookup(D(b), key, hash, &bval);
      if (ix == DKIX_ERROR) {
        decref(key);
        decref(aval);
        return nullptr;
      }
      if (ix < 0 || bval == nullptr) {
        decref(key);
        decref(aval);
        eq = 0;
        break;
      }
      incref(bval);
      int cmp = object_richcompare_bool(aval, bval, CMP_EQ);
      decref(key);
      decref(aval);
      decref(bval);
      if (cmp < 0)
        return nullptr;
      if (!cmp) {
        eq = 0;
        break;
      }
    }
  }
  return bool_from(op == CMP_EQ ? eq == 1 : eq == 0);
}

Object* dict_iter(Object* o) {
  return dict_iter_new(o, DICT_ITER_KEYS, false);
}

Object* dict_or(Object* a, Object* b) {
  if (!dict_check(a) || !dict_check(b))
    return newref(NotImplemented);
  Object* r = dict_copy(a);
  if (r == nullptr)
    return nullptr;
  if (dict_update(r, b) < 0) {
    decref(r);
    return nullptr;
  }
  return r;
}

Object* dict_ior(Object* a, Object* b) {
  if (dict_update(a, b) < 0)
    return nullptr;
  return newref(a);
}

// dict.update / dict() argument handling: positional mapping or pairs, then kwargs.
int update_common(Object* self, Object* arg, Object* const* kwvalues, Object* kwnames, Object* kwdict) {
  if (arg != nullptr && dict_update(self, arg) < 0)
    return -1;
  if (kwnames) {
    for (ssize i = 0; i < tuple_size(kwnames); ++i)
      if (dict_setitem(self, tuple_get(kwnames, i), kwvalues[i]) < 0)
        return -1;
  }
  if (kwdict && dict_size(kwdict) && dict_merge(self, kwdict, true) < 0)
    return -1;
  return 0;
}

int dict_init(Object* self, Object* args, Object* kwargs) {
  ssize nargs = args ? tuple_size(args) : 0;
  if (!check_positional("dict", nargs, 0, 1))
    return -1;
  return update_common(self, nargs ? tuple_get(args, 0) : nullptr, nullptr, nullptr, kwargs);
}

Object* dict_type_new(TypeObject* type, Object* args, Object* kwargs) {
  return dict_alloc(type);
}

Object* dict_type_vectorcall(Object* type, Object* const* args, size_t nargsf, Object* kwnames) {
  ssize nargs = vectorcall_nargs(nargsf);
  if (!check_positional("dict", nargs, 0, 1))
    return nullptr;
  Object* self = dict_alloc(reinterpret_cast<TypeObject*>(type));
  if (self == nullptr)
    return nullptr;
  if (update_common(self, nargs ? args[0] : nullptr, args + nargs, kwnames, nullptr) < 0) {
    decref(self);
    return nullptr;
  }
  return self;
}

// ---------------------------------------------------------------- methods

Object* dict_update_method(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_positional("update", nargs, 0, 1))
    return nullptr;
  if (update_common(self, nargs ? args[0] : nullptr, args + nargs, kwnames, nullptr) < 0)
    return nullptr;
  return none_new();
}

Object* dict_get_method(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("get", nargs, 1, 2))
    return nullptr;
  Object* v = dict_getitem(self, args[0]);
  if (v == nullptr) {
    if (err_occurred())
      return nullptr;
    v = nargs > 1 ? args[1] : None;
  }
  return newref(v);
}

Object* dict_setdefault_method(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("setdefault", nargs, 1, 2))
    return nullptr;
  Object* v = dict_setdefault(self, args[0], nargs > 1 ? args[1] : None);
  return xnewref(v);
}

Object* dict_pop_method(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("pop", nargs, 1, 2))
    return nullptr;
  Object* key = args[0];
  hash_t hash = dict_key_hash(key);
  if (hash == -1)
    return nullptr;
  Object* value;
  ssize ix = dict_lookup(D(self), key, hash, &value);
  if (ix == DKIX_ERROR)
    return nullptr;
  if (ix < 0) {
    if (nargs > 1)
      return newref(args[1]);
    return set_key_error(key);
  }
  Object *oldkey, *oldvalue;
  delete_entry(D(self), ix, hash, &oldkey, &oldvalue);
  decref(oldkey);
  return oldvalue;
}

Object* dict_popitem_method(Object* self, Object*) {
  DictObject* d = D(self);
  if (d->used == 0)
    return err_set_string(KeyError, "popitem(): dictionary is empty");
  Object* result = tuple_new(2);
  if (result == nullptr)
    return nullptr;
  if (d->used == 0) { // the allocation ran code that emptied the dict
    decref(result);
    return err_set_string(KeyError, "popitem(): dictionary is empty");
  }
  // As CPython 3.11, a split table becomes combined, as large as the shared keys.
  if (d->values && dict_unshare(d, SHARED_KEYS_SLOTS) < 0) {
    decref(result);
    return nullptr;
  }
  ssize i = d->nentries - 1;
  while (i >= 0 && d->entries[i].key == nullptr)
    --i;
  Object *key, *value;
  delete_entry(d, i, d->entries[i].hash, &key, &value);
  d->nentries = i;
  tuple_set(result, 0, key);
  tuple_set(result, 1, value);
  return result;
}

Object* dict_keys_method(Object* self, Object*) {
  return dict_view_new(self, DICT_ITER_KEYS);
}
Object* dict_values_method(Object* self, Object*) {
  return dict_view_new(self, DICT_ITER_VALUES);
}
Object* dict_items_method(Object* self, Object*) {
  return dict_view_new(self, DICT_ITER_ITEMS);
}

Object* dict_clear_method(Object* self, Object*) {
  dict_clear(self);
  return none_new();
}

Object* dict_copy_method(Object* self, Object*) {
  return dict_copy(self);
}

Object* dict_contains_method(Object* self, Object* key) {
  int r = dict_contains(self, key);
  if (r < 0)
    return nullptr;
  return bool_from(r);
}

Object* dict_getitem_method(Object* self, Object* key) {
  return dict_subscript(self, key);
}

Object* dict_reversed_method(Object* self, Object*) {
  return dict_iter_new(self, DICT_ITER_KEYS, true);
}

// CPython 3.11's accounting: a 48-byte dict object, plus the keys object
// (32-byte header, the index table, and 24-byte entries, or 16-byte ones
// when every key is a str).
Object* dict_sizeof_method(Object* self, Object*) {
  DictObject* d = D(self);
  ssize size = 48 + (self->type->basicsize - DictType.basicsize);
  if (d->values) {
    // Split: the values array; the keys are the class's, counted only when
    // this dict is their last user (CPython's _PyDict_SizeOf).
    size += dict_values_reported_size(d->shared);
    if (d->shared->refcnt == 1)
      size += 32 + SHARED_KEYS_SLOTS + usable_fraction(SHARED_KEYS_SLOTS) * 16;
  } else if (d->capacity) {
    bool all_str = true;
    for (ssize i = 0; i < d->nentries && all_str; ++i)
      if (d->entries[i].key && !str_check_exact(d->entries[i].key))
        all_str = false;
    size += 32 + d->capacity * index_width(d->capacity) + usable_fraction(d->capacity) * (all_str ? 16 : 24);
  }
  return int_from_i64(size);
}

// dict.fromkeys(iterable, value=None), a class method.
Object* dict_fromkeys_method(Object* cls, Object* const* args, ssize nargs) {
  if (!check_positional("fromkeys", nargs, 1, 2))
    return nullptr;
  Object* iterable = args[0];
  Object* value = nargs > 1 ? args[1] : None;
  Object* d = object_call_noargs(cls);
  if (d == nullptr)
    return nullptr;
  if (dict_check_exact(d) && D(d)->used == 0) {
    if (dict_check_exact(iterable) || anyset_check(iterable)) {
      ssize n = dict_check_exact(iterable) ? dict_size(iterable) : set_size(iterable);
      if (n > usable_fraction(MINSIZE) && dict_resize(D(d), estimate_keysize(n)) < 0) {
        decref(d);
        return nullptr;
      }
    }
  }
  Object* it = object_get_iter(iterable);
  if (it == nullptr) {
    decref(d);
    return nullptr;
  }
  bool exact = dict_check_exact(d);
  for (;;) {
    Object* key = iter_next(it);
    if (key == nullptr)
      break;
    int r = exact ? dict_setitem(d, key, value) : object_setitem(d, key, value);
    decref(key);
    if (r < 0) {
      decref(it);
      decref(d);
      return nullptr;
    }
  }
  decref(it);
  if (err_occurred()) {
    decref(d);
    return nullptr;
  }
  return d;
}

MappingMethods dict_as_mapping = {
    .length = dict_length,
    .subscript = dict_subscript,
    .ass_subscript = dict_ass_subscript,
};

SequenceMethods dict_as_sequence = {
    .contains = dict_sq_contains,
};

NumberMethods dict_as_number = [] {
  NumberMethods n{};
  n.or_ = dict_or;
  n.inplace_or = dict_ior;
  return n;
}();

MethodDef dict_methods[] = {
    {"__contains__", dict_contains_method, METH_O | METH_COEXIST,
     "True if the container has the specified key or element, else False."},
    {"__getitem__", dict_getitem_method, METH_O | METH_COEXIST, "Return self[key]."},
    {"__sizeof__", dict_sizeof_method, METH_NOARGS, "Return the size of the object in memory, in bytes."},
    {"get", reinterpret_cast<MethodFn>(dict_get_method), METH_FASTCALL,
     "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", reinterpret_cast<MethodFn>(dict_setdefault_method), METH_FASTCALL,
     "Insert key with a value of default if key is not in the dictionary; return the value for key."},
    {"pop", reinterpret_cast<MethodFn>(dict_pop_method), METH_FASTCALL,
     "Remove and return an item (the last one, or the given index or key)."},
    {"popitem", dict_popitem_method, METH_NOARGS,
     "Remove and return a (key, value) pair as a 2-tuple, last in first out."},
    {"keys", dict_keys_method, METH_NOARGS, "Return a set-like object providing a view on the keys."},
    {"items", dict_items_method, METH_NOARGS, "Return a set-like object providing a view on the items."},
    {"values", dict_values_method, METH_NOARGS, "Return an object providing a view on the values."},
    {"update", reinterpret_cast<MethodFn>(dict_update_method),
     METH_FASTCALL | METH_KEYWORDS | METH_VARARGS_CALL,
     "Update from mappings, iterables and keyword arguments."},
    {"fromkeys", reinterpret_cast<MethodFn>(dict_fromkeys_method), METH_FASTCALL | METH_CLASS,
     "Create a new dictionary with keys from iterable and values set to value."},
    {"clear", dict_clear_method, METH_NOARGS, "Remove all items."},
    {"copy", dict_copy_method, METH_NOARGS, "Return a shallow copy."},
    {"__reversed__", dict_reversed_method, METH_NOARGS, "Return a reverse iterator."},
    {nullptr, nullptr, 0, nullptr},
};

} // namespace

TypeObject DictType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "dict";
  t.basicsize = sizeof(DictObject);
  t.dealloc = dict_dealloc;
  t.repr = dict_repr;
  t.as_number = &dict_as_number;
  t.as_sequence = &dict_as_sequence;
  t.as_mapping = &dict_as_mapping;
  // hash stays null: type_ready makes it unhashable (__hash__ = None) since richcompare is set.
  t.getattro = object_generic_getattr;
  t.flags = TPFLAG_HAVE_GC | TPFLAG_BASETYPE | TPFLAG_DICT_SUBCLASS | TPFLAG_MAPPING;
  t.doc = "dict() -> new empty dictionary\n"
          "dict(mapping) -> new dictionary initialized from a mapping object's\n"
          "    (key, value) pairs\n"
          "dict(iterable) -> new dictionary initialized as if via:\n"
          "    d = {}\n"
          "    for k, v in iterable:\n"
          "        d[k] = v\n"
          "dict(**kwargs) -> new dictionary initialized with the name=value pairs\n"
          "    in the keyword argument list.  For example:  dict(one=1, two=2)";
  t.traverse = dict_traverse;
  t.clear = dict_tp_clear;
  t.richcompare = dict_richcompare;
  t.iter = dict_iter;
  t.methods = dict_methods;
  t.init = dict_init;
  t.new_ = dict_type_new;
  t.free_ = container_gc_free;
  t.vectorcall = dict_type_vectorcall;
  return t;
}();
COIL_REGISTER_TYPE(DictType);

} // namespace coil
