// Shared keys and values of split-key dicts: see dict_split.h for the
// invariants. The split-dict operations themselves are in dict.cpp.
#include "runtime/objects/dict_split.h"

#include <cstdlib>
#include <cstring>

#include "runtime/alloc.h"
#include "runtime/errors.h"
#include "runtime/objects/dict_internal.h"
#include "runtime/objects/str.h"

namespace coil {

namespace {

constexpr int PERTURB_SHIFT = 5;

} // namespace

SharedKeys* shared_keys_new() {
  auto* k = static_cast<SharedKeys*>(std::calloc(1, sizeof(SharedKeys)));
  if (!k) {
    err_no_memory();
    return nullptr;
  }
  k->refcnt = 1;
  k->usable = SHARED_KEYS_MAX;
  std::memset(k->indices, 0xff, sizeof(k->indices));
  return k;
}

void shared_keys_decref(SharedKeys* k) noexcept {
  if (--k->refcnt > 0)
    return;
  for (ssize i = 0; i < k->nentries; i++)
    decref(k->entries[i].key);
  std::free(k);
}

ssize shared_keys_lookup(SharedKeys* k, Object* key, hash_t hash) {
  constexpr size_t mask = SHARED_KEYS_SLOTS - 1;
  size_t i = size_t(hash) & mask;
  size_t perturb = size_t(hash);
  bool key_is_str = str_check_exact(key);
  for (;;) {
    ssize ix = k->indices[i];
    if (ix < 0)
      return DKIX_EMPTY;
    SharedKeyEntry* ep = &k->entries[ix];
    if (ep->key == key)
      return ix;
    if (ep->hash == hash) {
      if (key_is_str) {
        if (str_equal(ep->key, key))
          return ix;
      } else {
        // Keys are immutable strs: the comparison cannot change them.
        Object* startkey = newref(ep->key);
        int cmp = object_richcompare_bool(startkey, key, CMP_EQ);
        decref(startkey);
        if (cmp < 0)
          return DKIX_ERROR;
        if (cmp > 0)
          return ix;
      }
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + perturb + 1) & mask;
  }
}

ssize shared_keys_insert(SharedKeys* k, Object* key, hash_t hash) {
  if (k->usable <= 0 || k->nentries >= SHARED_KEYS_MAX)
    return -1;
  constexpr size_t mask = SHARED_KEYS_SLOTS - 1;
  size_t i = size_t(hash) & mask;
  for (size_t perturb = size_t(hash); k->indices[i] >= 0;) {
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + perturb + 1) & mask;
  }
  ssize ix = k->nentries;
  k->entries[ix].hash = hash;
  k->entries[ix].key = newref(key);
  k->indices[i] = int8_t(ix);
  k->nentries++;
  k->usable--;
  return ix;
}

DictValues* dict_values_new(ssize capacity) {
  size_t n = sizeof(DictValues) + size_t(capacity) * sizeof(Object*);
  auto* v = static_cast<DictValues*>(raw_alloc(n, BlockKind::Data)); // zeroed: every slot absent
  if (!v) {
    err_no_memory();
    return nullptr;
  }
  v->capacity = uint8_t(capacity);
  return v;
}

void dict_values_free(DictValues* v) noexcept {
  raw_free(v);
}

void dict_values_add_order(DictValues* v, ssize ix) noexcept {
  v->order[v->nused++] = uint8_t(ix);
}

void dict_values_remove_order(DictValues* v, ssize ix) noexcept {
  int n = v->nused;
  int i = 0;
  while (i < n && v->order[i] != ix)
    i++;
  if (i == n)
    return;
  std::memmove(&v->order[i], &v->order[i + 1], size_t(n - i - 1));
  v->nused--;
}

} // namespace coil
