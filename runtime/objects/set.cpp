// set, frozenset and set_iterator.
//
// Invariants
// - The table is open-addressed with mask+1 slots (a power of 2, at least
//   8: `smalltable` inside the object until it grows). A slot is unused
//   (key nullptr, hash 0), a dummy (key == &dummy, hash -1; a deleted key)
//   or active. fill = active + dummies, used = active.
// - Probing is CPython's: from i = hash & mask, up to LINEAR_PROBES (9)
//   neighbours are tried when they fit before the end of the table, then
//   i = (i*5 + 1 + (perturb >>= 5)) & mask. Adding a key into a fresh slot
//   resizes when fill*5 >= mask*3, to the smallest power of 2 > used*4
//   (used*2 past 50000). With the same hashes and the same sequence of
//   operations, the table layout (hence iteration order) equals CPython's.
// - Adding reuses the last dummy met on the probe path before an unused slot.
// - Lookups compare identity, then hash, then __eq__; if __eq__ mutated the
//   table the lookup restarts.
// - frozenset caches its hash (CPython 3.11's algorithm) in `hash`.
#include <cstdlib>
#include <cstring>

#include "runtime/errors.h"
#include "runtime/gc.h"
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
constexpr size_t LINEAR_PROBES = 9;
constexpr int PERTURB_SHIFT = 5;

Object dummy_struct = {1, &NoneType};
Object* const dummy = &dummy_struct;

SetObject* S(Object* o) {
  return static_cast<SetObject*>(o);
}

bool is_frozenset(Object* o) {
  return o->type == &FrozenSetType || type_is_subtype(o->type, &FrozenSetType);
}
bool anyset_check_exact(Object* o) {
  return o->type == &SetType || o->type == &FrozenSetType;
}

hash_t key_hash(Object* key) {
  return dict_key_hash(key);
}

// Returns the slot holding key, or the unused slot ending its probe
// sequence (key nullptr); nullptr on error.
SetEntry* set_lookkey(SetObject* so, Object* key, hash_t hash) {
restart:
  SetEntry* table = so->table;
  size_t mask = size_t(so->mask);
  size_t i = size_t(hash) & mask;
  size_t perturb = size_t(hash);
  for (;;) {
    SetEntry* entry = &table[i];
    size_t probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
    for (;;) {
      if (entry->hash == 0 && entry->key == nullptr)
        return entry;
      if (entry->hash == hash) {
        Object* startkey = entry->key;
        if (startkey == key)
          return entry;
        if (str_check_exact(startkey) && str_check_exact(key)) {
          if (str_equal(startkey, key))
            return entry;
        } else {
          incref(startkey);
          int cmp = object_richcompare_bool(startkey, key, CMP_EQ);
          decref(startkey);
          if (cmp < 0)
            return nullptr;
          if (table != so->table || entry->key != startkey)
            goto restart;
          if (cmp > 0)
            return entry;
          mask = size_t(so->mask);
        }
      }
      if (probes-- == 0)
        break;
      ++entry;
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

void set_insert_clean(SetEntry* table, size_t mask, Object* key, hash_t hash) {
  size_t perturb = size_t(hash);
  size_t i = size_t(hash) & mask;
  for (;;) {
    SetEntry* entry = &table[i];
    if (entry->key == nullptr)
      goto found;
    if (i + LINEAR_PROBES <= mask) {
      for (size_t j = 0; j < LINEAR_PROBES; ++j) {
        ++entry;
        if (entry->key == nullptr)
          goto found;
      }
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
    continue;
  found:
    entry->key = key;
    entry->hash = hash;
    return;
  }
}

int set_table_resize(SetObject* so, ssize minused) {
  size_t newsize = MINSIZE;
  while (newsize <= size_t(minused))
    newsize <<= 1;
  SetEntry* oldtable = so->table;
  size_t oldmask = size_t(so->mask);
  bool old_is_small = oldtable == so->smalltable;
  SetEntry small_copy[MINSIZE];
  SetEntry* newtable;
  if (newsize == size_t(MINSIZE)) {
    newtable = so->smalltable;
    if (old_is_small) {
      std::memcpy(small_copy, so->smalltable, sizeof(small_copy));
      oldtable = small_copy;
    }
  } else {
    newtable = static_cast<SetEntry*>(std::calloc(newsize, sizeof(SetEntry)));
    if (newtable == nullptr) {
      err_no_memory();
      return -1;
    }
  }
  if (newtable == so->smalltable)
    std::memset(so->smalltable, 0, sizeof(so->smalltable));
  so->mask = ssize(newsize - 1);
  so->table = newtable;
  size_t newmask = newsize - 1;
  if (so->fill == so->used) {
    for (size_t i = 0; i <= oldmask; ++i)
      if (oldtable[i].key != nullptr)
        set_insert_clean(newtable, newmask, oldtable[i].key, oldtable[i].hash);
  } else {
    so->fill = so->used;
    for (size_t i = 0; i <= oldmask; ++i)
      if (oldtable[i].key != nullptr && oldtable[i].key != dummy)
        set_insert_clean(newtable, newmask, oldtable[i].key, oldtable[i].hash);
  }
  if (!old_is_small)
    std::free(oldtable);
  return 0;
}

// Adds key (increfs it when inserted).
int set_add_entry(SetObject* so, Object* key, hash_t hash) {
  incref(key);
restart : {
  size_t mask = size_t(so->mask);
  size_t i = size_t(hash) & mask;
  size_t perturb = size_t(hash);
  SetEntry* freeslot = nullptr;
  SetEntry* entry;
  for (;;) {
    entry = &so->table[i];
    size_t probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
    for (;;) {
      if (entry->hash == 0 && entry->key == nullptr)
        goto found_unused_or_dummy;
      if (entry->hash == hash) {
        Object* startkey = entry->key;
        if (startkey == key)
          goto found_active;
        if (str_check_exact(startkey) && str_check_exact(key)) {
          if (str_equal(startkey, key))
            goto found_active;
        } else {
          SetEntry* table = so->table;
          incref(startkey);
          int cmp = object_richcompare_bool(startkey, key, CMP_EQ);
          decref(startkey);
          if (cmp > 0)
            goto found_active;
          if (cmp < 0) {
            decref(key);
            return -1;
          }
          if (table != so->table || entry->key != startkey)
            goto restart;
          mask = size_t(so->mask);
        }
      } else if (entry->hash == -1) {
        freeslot = entry; // the last dummy on the path is reused (CPython 3.11 behaviour)
      }
      if (probes-- == 0)
        break;
      ++entry;
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
  }
found_unused_or_dummy:
  if (freeslot != nullptr) {
    so->used++;
    freeslot->key = key;
    freeslot->hash = hash;
    return 0;
  }
  so->fill++;
  so->used++;
  entry->key = key;
  entry->hash = hash;
  if (size_t(so->fill) * 5 < mask * 3)
    return 0;
  return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
found_active:
  decref(key);
  return 0;
}
}

int set_add_key(SetObject* so, Object* key) {
  hash_t hash = key_hash(key);
  if (hash == -1)
    return -1;
  return set_add_entry(so, key, hash);
}

int set_contains_entry(SetObject* so, Object* key, hash_t hash) {
  SetEntry* e = set_lookkey(so, key, hash);
  if (e == nullptr)
    return -1;
  return e->key != nullptr;
}

int set_contains_key(SetObject* so, Object* key) {
  hash_t hash = key_hash(key);
  if (hash == -1)
    return -1;
  return set_contains_entry(so, key, hash);
}

// 1 removed, 0 not found, -1 error.
int set_discard_entry(SetObject* so, Object* key, hash_t hash) {
  SetEntry* e = set_lookkey(so, key, hash);
  if (e == nullptr)
    return -1;
  if (e->key == nullptr)
    return 0;
  Object* old = e->key;
  e->key = dummy;
  e->hash = -1;
  so->used--;
  decref(old);
  return 1;
}

int set_discard_key(SetObject* so, Object* key) {
  hash_t hash = key_hash(key);
  if (hash == -1)
    return -1;
  return set_discard_entry(so, key, hash);
}

int set_clear_internal(Object* o) {
  SetObject* so = S(o);
  SetEntry* table = so->table;
  bool was_small = table == so->smalltable;
  ssize fill = so->fill;
  size_t mask = size_t(so->mask);
  SetEntry small_copy[MINSIZE];
  if (was_small) {
    std::memcpy(small_copy, so->smalltable, sizeof(small_copy));
    table = small_copy;
  }
  std::memset(so->smalltable, 0, sizeof(so->smalltable));
  so->table = so->smalltable;
  so->mask = MINSIZE - 1;
  so->fill = 0;
  so->used = 0;
  so->hash = -1;
  for (size_t i = 0; fill > 0 && i <= mask; ++i) {
    if (table[i].key) {
      --fill;
      if (table[i].key != dummy)
        decref(table[i].key);
    }
  }
  if (!was_small)
    std::free(table);
  return 0;
}

// Next active entry at or after *pos (an index into the table).
bool set_next_entry(SetObject* so, ssize* pos, SetEntry** entry_out) {
  ssize i = *pos;
  ssize mask = so->mask;
  SetEntry* entry = &so->table[i];
  while (i <= mask && (entry->key == nullptr || entry->key == dummy)) {
    ++i;
    ++entry;
  }
  *pos = i + 1;
  if (i > mask)
    return false;
  *entry_out = entry;
  return true;
}

int set_merge(SetObject* so, SetObject* other) {
  if (so == other || other->used == 0)
    return 0;
  if ((so->fill + other->used) * 5 >= so->mask * 3) {
    if (set_table_resize(so, (so->used + other->used) * 2) < 0)
      return -1;
  }
  SetEntry* so_entry = so->table;
  SetEntry* other_entry = other->table;
  if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
    for (ssize i = 0; i <= other->mask; ++i, ++so_entry, ++other_entry) {
      Object* key = other_entry->key;
      if (key != nullptr) {
        so_entry->key = newref(key);
        so_entry->hash = other_entry->hash;
      }
    }
    so->fill = other->fill;
    so->used = other->used;
    return 0;
  }
  if (so->fill == 0) {
    so->fill = other->used;
    so->used = other->used;
    for (ssize i = 0; i <= other->mask; ++i, ++other_entry) {
      Object* key = other_entry->key;
      if (key != nullptr && key != dummy)
        set_insert_clean(so->table, size_t(so->mask), newref(key), other_entry->hash);
    }
    return 0;
  }
  for (ssize i = 0; i <= other->mask; ++i) {
    other_entry = &other->table[i];
    Object* key = other_entry->key;
    if (key != nullptr && key != dummy) {
      if (set_add_entry(so, key, other_entry->hash) < 0)
        return -1;
    }
  }
  return 0;
}

int set_update_internal(SetObject* so, Object* other) {
  if (anyset_check(other))
    return set_merge(so, S(other));
  if (dict_check_exact(other)) {
    ssize dictsize = dict_size(other);
    if ((so->fill + dictsize) * 5 >= so->mask * 3) {
      if (set_table_resize(so, (so->used + dictsize) * 2) < 0)
        return -1;
    }
    auto* d = static_cast<DictObject*>(other);
    for (ssize i = 0; i < dict_npos(d); ++i) {
      Object *key, *value;
      hash_t hash;
      if (dict_at(d, i, &key, &value, &hash) && set_add_entry(so, key, hash) < 0)
        return -1;
    }
    return 0;
  }
  Object* it = object_get_iter(other);
  if (it == nullptr)
    return -1;
  for (;;) {
    Object* key = iter_next(it);
    if (key == nullptr)
      break;
    int r = set_add_key(so, key);
    decref(key);
    if (r < 0) {
      decref(it);
      return -1;
    }
  }
  decref(it);
  return err_occurred() ? -1 : 0;
}

Object* make_new_set(TypeObject* type, Object* iterable) {
  Object* o = (type == &SetType || type == &FrozenSetType) ? gc_alloc(type, sizeof(SetObject))
                                                           : type_generic_alloc(type, 0);
  if (o == nullptr)
    return nullptr;
  SetObject* so = S(o);
  so->fill = 0;
  so->used = 0;
  so->mask = MINSIZE - 1;
  so->table = so->smalltable;
  so->hash = -1;
  so->finger = 0;
  so->weakreflist = nullptr;
  if (!gc_is_tracked(o))
    gc_track(o);
  if (iterable != nullptr && set_update_internal(so, iterable) < 0) {
    decref(o);
    return nullptr;
  }
  return o;
}

// A set or frozenset (never a subclass) like `type`.
Object* make_new_set_basetype(TypeObject* type, Object* iterable) {
  if (type != &SetType && type != &FrozenSetType)
    type = type_is_subtype(type, &SetType) ? &SetType : &FrozenSetType;
  return make_new_set(type, iterable);
}

Object* set_copy_impl(Object* so) {
  return make_new_set_basetype(so->type, so);
}

void set_swap_bodies(SetObject* a, SetObject* b) {
  std::swap(a->fill, b->fill);
  std::swap(a->used, b->used);
  std::swap(a->mask, b->mask);
  bool a_small = a->table == a->smalltable;
  bool b_small = b->table == b->smalltable;
  SetEntry tab[MINSIZE];
  std::memcpy(tab, a->smalltable, sizeof(tab));
  std::memcpy(a->smalltable, b->smalltable, sizeof(tab));
  std::memcpy(b->smalltable, tab, sizeof(tab));
  SetEntry* at = a->table;
  a->table = b_small ? a->smalltable : b->table;
  b->table = a_small ? b->smalltable : at;
  if (is_frozenset(a) && is_frozenset(b))
    std::swap(a->hash, b->hash);
  else {
    a->hash = -1;
    b->hash = -1;
  }
}

} // namespace

// ---------------------------------------------------------------- public API

Object* set_new(Object* iterable) {
  return make_new_set(&SetType, iterable);
}
Object* frozenset_new(Object* iterable) {
  return make_new_set(&FrozenSetType, iterable);
}
int set_add(Object* s, Object* key) {
  return set_add_key(S(s), key);
}
int set_discard(Object* s, Object* key) {
  return set_discard_key(S(s), key);
}
int set_contains(Object* s, Object* key) {
  return set_contains_key(S(s), key);
}
int set_update(Object* s, Object* iterable) {
  return set_update_internal(S(s), iterable);
}

bool set_next(Object* s, ssize* pos, Object** key, hash_t* hash) noexcept {
  SetEntry* e;
  if (!set_next_entry(S(s), pos, &e))
    return false;
  if (key)
    *key = e->key;
  if (hash)
    *hash = e->hash;
  return true;
}

Object* set_intersection(Object* so_obj, Object* other) {
  if (so_obj == other)
    return set_copy_impl(so_obj);
  Object* result = make_new_set_basetype(so_obj->type, nullptr);
  if (result == nullptr)
    return nullptr;
  SetObject* so = S(so_obj);
  if (anyset_check(other)) {
    SetObject* o = S(other);
    if (o->used > so->used)
      std::swap(so, o);
    ssize pos = 0;
    SetEntry* e;
    while (set_next_entry(o, &pos, &e)) {
      Object* key = newref(e->key);
      hash_t hash = e->hash;
      int rv = set_contains_entry(so, key, hash);
      if (rv > 0)
        rv = set_add_entry(S(result), key, hash) < 0 ? -1 : 1;
      decref(key);
      if (rv < 0) {
        decref(result);
        return nullptr;
      }
    }
    return result;
  }
  Object* it = object_get_iter(other);
  if (it == nullptr) {
    decref(result);
    return nullptr;
  }
  for (;;) {
    Object* key = iter_next(it);
    if (key == nullptr)
      break;
    hash_t hash = key_hash(key);
    int rv = hash == -1 ? -1 : set_contains_entry(so, key, hash);
    if (rv > 0)
      rv = set_add_entry(S(result), key, hash) < 0 ? -1 : 1;
    decref(key);
    if (rv < 0) {
      decref(it);
      decref(result);
      return nullptr;
    }
  }
  decref(it);
  if (err_occurred()) {
    decref(result);
    return nullptr;
  }
  return result;
}

int set_intersection_update(Object* s, Object* other) {
  Object* tmp = set_intersection(s, other);
  if (tmp == nullptr)
    return -1;
  set_swap_bodies(S(s), S(tmp));
  decref(tmp);
  return 0;
}

int set_difference_update(Object* s, Object* other) {
  SetObject* so = S(s);
  if (s == other)
    return set_clear_internal(s);
  if (anyset_check(other)) {
    ssize pos = 0;
    SetEntry* e;
    while (set_next_entry(S(other), &pos, &e)) {
      Object* key = newref(e->key);
      int r = set_discard_entry(so, key, e->hash);
      decref(key);
      if (r < 0)
        return -1;
    }
  } else {
    Object* it = object_get_iter(other);
    if (it == nullptr)
      return -1;
    for (;;) {
      Object* key = iter_next(it);
      if (key == nullptr)
        break;
      int r = set_discard_key(so, key);
      decref(key);
      if (r < 0) {
        decref(it);
        return -1;
      }
    }
    decref(it);
    if (err_occurred())
      return -1;
  }
  // Resize away the dummies when more than a quarter of the table holds them.
  if (size_t(so->fill - so->used) <= size_t(so->mask) / 4)
    return 0;
  return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

int set_symmetric_difference_update(Object* s, Object* other) {
  SetObject* so = S(s);
  if (s == other)
    return set_clear_internal(s);
  if (dict_check_exact(other)) {
    auto* d = static_cast<DictObject*>(other);
    for (ssize i = 0; i < dict_npos(d); ++i) {
      Object *k, *value;
      hash_t hash;
      if (!dict_at(d, i, &k, &value, &hash))
        continue;
      Object* key = newref(k);
      int rv = set_discard_entry(so, key, hash);
      if (rv == 0)
        rv = set_add_entry(so, key, hash);
      decref(key);
      if (rv < 0)
        return -1;
    }
    return 0;
  }
  Object* otherset;
  if (anyset_check(other)) {
    otherset = newref(other);
  } else {
    otherset = make_new_set_basetype(s->type, other);
    if (otherset == nullptr)
      return -1;
  }
  ssize pos = 0;
  SetEntry* e;
  while (set_next_entry(S(otherset), &pos, &e)) {
    Object* key = newref(e->key);
    hash_t hash = e->hash;
    int rv = set_discard_entry(so, key, hash);
    if (rv == 0)
      rv = set_add_entry(so, key, hash);
    decref(key);
    if (rv < 0) {
      decref(otherset);
      return -1;
    }
  }
  decref(otherset);
  return 0;
}

namespace {

Object* set_copy_and_difference(Object* so, Object* other) {
  Object* result = set_copy_impl(so);
  if (result == nullptr)
    return nullptr;
  if (set_difference_update(result, other) < 0) {
    decref(result);
    return nullptr;
  }
  return result;
}

Object* set_difference(Object* s, Object* other) {
  ssize other_size;
  if (anyset_check(other))
    other_size = set_size(other);
  else if (dict_check_exact(other))
    other_size = dict_size(other);
  else
    return set_copy_and_difference(s, other);
  if ((set_size(s) >> 2) > other_size)
    return set_copy_and_difference(s, other);
  Object* result = make_new_set_basetype(s->type, nullptr);
  if (result == nullptr)
    return nullptr;
  bool is_dict = dict_check_exact(other);
  ssize pos = 0;
  SetEntry* e;
  while (set_next_entry(S(s), &pos, &e)) {
    Object* key = newref(e->key);
    hash_t hash = e->hash;
    int rv = is_dict ? dict_contains_known_hash(other, key, hash) : set_contains_entry(S(other), key, hash);
    if (rv == 0)
      rv = set_add_entry(S(result), key, hash);
    else if (rv > 0)
      rv = 0;
    decref(key);
    if (rv < 0) {
      decref(result);
      return nullptr;
    }
  }
  return result;
}

Object* set_symmetric_difference(Object* s, Object* other) {
  Object* otherset = make_new_set_basetype(s->type, other);
  if (otherset == nullptr)
    return nullptr;
  if (set_symmetric_difference_update(otherset, s) < 0) {
    decref(otherset);
    return nullptr;
  }
  return otherset;
}

// 0/1/-1
int set_issubset_impl(Object* s, Object* other) {
  if (!anyset_check(other)) {
    Object* tmp = make_new_set(&SetType, other);
    if (tmp == nullptr)
      return -1;
    int r = set_issubset_impl(s, tmp);
    decref(tmp);
    return r;
  }
  if (set_size(s) > set_size(other))
    return 0;
  ssize pos = 0;
  SetEntry* e;
  while (set_next_entry(S(s), &pos, &e)) {
    Object* key = newref(e->key);
    int rv = set_contains_entry(S(other), key, e->hash);
    decref(key);
    if (rv <= 0)
      return rv;
  }
  return 1;
}

int set_issuperset_impl(Object* s, Object* other) {
  if (anyset_check(other))
    return set_issubset_impl(other, s);
  Object* it = object_get_iter(other);
  if (it == nullptr)
    return -1;
  for (;;) {
    Object* key = iter_next(it);
    if (key == nullptr)
      break;
    int rv = set_contains_key(S(s), key);
    decref(key);
    if (rv <= 0) {
      decref(it);
      return rv;
    }
  }
  decref(it);
  return err_occurred() ? -1 : 1;
}

Object* bool_or_null(int r) {
  return r < 0 ? nullptr : bool_from(r != 0);
}

// ---------------------------------------------------------------- slots

void set_dealloc(Object* o) {
  gc_untrack(o);
  if (!trashcan_begin(o))
    return;
  SetObject* so = S(o);
  ssize fill = so->fill;
  for (ssize i = 0; fill > 0 && i <= so->mask; ++i) {
    Object* key = so->table[i].key;
    if (key) {
      --fill;
      if (key != dummy)
        decref(key);
    }
  }
  if (so->table != so->smalltable)
    std::free(so->table);
  free_instance(o);
  trashcan_end();
}

int set_traverse(Object* o, VisitFn visit, void* arg) {
  ssize pos = 0;
  SetEntry* e;
  while (set_next_entry(S(o), &pos, &e)) {
    int r = visit(e->key, arg);
    if (r)
      return r;
  }
  return 0;
}

Object* set_repr(Object* o) {
  const char* tname = o->type->name;
  int status = repr_enter(o);
  if (status != 0) {
    if (status < 0)
      return nullptr;
    return str_from_utf8(std::string(tname) + "(...)");
  }
  if (S(o)->used == 0) {
    repr_leave(o);
    return str_from_utf8(std::string(tname) + "()");
  }
  Object* keys = sequence_list(o);
  if (keys == nullptr) {
    repr_leave(o);
    return nullptr;
  }
  Object* listrepr = object_repr(keys);
  decref(keys);
  repr_leave(o);
  if (listrepr == nullptr)
    return nullptr;
  Object* inner = str_substring(listrepr, 1, str_length(listrepr) - 1);
  decref(listrepr);
  if (inner == nullptr)
    return nullptr;
  StrBuilder b;
  bool exact = o->type == &SetType;
  if (!exact) {
    b.append_utf8(tname);
    b.append_ascii('(');
  }
  b.append_ascii('{');
  b.append(inner);
  b.append_ascii('}');
  if (!exact)
    b.append_ascii(')');
  decref(inner);
  return b.finish();
}

ssize set_len(Object* o) {
  return S(o)->used;
}

// `key in s`; an unhashable set key is retried as a frozenset.
int set_sq_contains(Object* o, Object* key) {
  int rv = set_contains_key(S(o), key);
  if (rv < 0) {
    if (!(key->type == &SetType || type_is_subtype(key->type, &SetType)) || !err_matches(TypeError))
      return -1;
    err_clear();
    Object* tmp = make_new_set(&FrozenSetType, key);
    if (tmp == nullptr)
      return -1;
    rv = set_contains_key(S(o), tmp);
    decref(tmp);
  }
  return rv;
}

hash_t frozenset_hash(Object* o) {
  SetObject* so = S(o);
  if (so->hash != -1)
    return so->hash;
  auto shuffle = [](uint64_t h) -> uint64_t { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; };
  uint64_t hash = 0;
  for (ssize i = 0; i <= so->mask; ++i)
    hash ^= shuffle(uint64_t(so->table[i].hash));
  // Remove the effect of an odd number of unused (hash 0) and dummy (hash -1) slots.
  if ((so->mask + 1 - so->fill) & 1)
    hash ^= shuffle(0);
  if ((so->fill - so->used) & 1)
    hash ^= shuffle(uint64_t(-1));
  hash ^= (uint64_t(so->used) + 1) * 1927868237ULL;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069U + 907133923ULL;
  if (hash == uint64_t(-1))
    hash = 590923713ULL;
  so->hash = hash_t(hash);
  return so->hash;
}

Object* set_richcompare(Object* v, Object* w, int op) {
  if (!anyset_check(w))
    return newref(NotImplemented);
  switch (op) {
  case CMP_EQ:
  case CMP_NE: {
    int r;
    if (set_size(v) != set_size(w))
      r = 0;
    else if (S(v)->hash != -1 && S(w)->hash != -1 && S(v)->hash != S(w)->hash)
      r = 0;
    else
      r = set_issubset_impl(v, w);
    if (r < 0)
      return nullptr;
    return bool_from(op == CMP_EQ ? r != 0 : r == 0);
  }
  case CMP_LE:
    return bool_or_null(set_issubset_impl(v, w));
  case CMP_GE:
    return bool_or_null(set_issuperset_impl(v, w));
  case CMP_LT:
    if (set_size(v) >= set_size(w))
      return bool_from(false);
    return bool_or_null(set_issubset_impl(v, w));
  case CMP_GT:
    if (set_size(v) <= set_size(w))
      return bool_from(false);
    return bool_or_null(set_issuperset_impl(v, w));
  }
  return newref(NotImplemented);
}

Object* set_or(Object* a, Object* b) {
  if (!anyset_check(a) || !anyset_check(b))
    return newref(NotImplemented);
  Object* result = set_copy_impl(a);
  if (result == nullptr)
    return nullptr;
  if (a == b)
    return result;
  if (set_update_internal(S(result), b) < 0) {
    decref(result);
    return nullptr;
  }
  return result;
}

Object* set_and(Object* a, Object* b) {
  if (!anyset_check(a) || !anyset_check(b))
    return newref(NotImplemented);
  return set_intersection(a, b);
}

Object* set_sub(Object* a, Object* b) {
  if (!anyset_check(a) || !anyset_check(b))
    return newref(NotImplemented);
  return set_difference(a, b);
}

Object* set_xor(Object* a, Object* b) {
  if (!anyset_check(a) || !anyset_check(b))
    return newref(NotImplemented);
  return set_symmetric_difference(a, b);
}

Object* set_ior(Object* a, Object* b) {
  if (!anyset_check(b))
    return newref(NotImplemented);
  if (set_update_internal(S(a), b) < 0)
    return nullptr;
  return newref(a);
}

Object* set_iand(Object* a, Object* b) {
  if (!anyset_check(b))
    return newref(NotImplemented);
  if (set_intersection_update(a, b) < 0)
    return nullptr;
  return newref(a);
}

Object* set_isub(Object* a, Object* b) {
  if (!anyset_check(b))
    return newref(NotImplemented);
  if (set_difference_update(a, b) < 0)
    return nullptr;
  return newref(a);
}

Object* set_ixor(Object* a, Object* b) {
  if (!anyset_check(b))
    return newref(NotImplemented);
  if (set_symmetric_difference_update(a, b) < 0)
    return nullptr;
  return newref(a);
}

// ---------------------------------------------------------------- methods

Object* set_add_method(Object* self, Object* key) {
  if (set_add_key(S(self), key) < 0)
    return nullptr;
  return none_new();
}

Object* set_clear_method(Object* self, Object*) {
  set_clear_internal(self);
  return none_new();
}

Object* set_contains_method(Object* self, Object* key) {
  return bool_or_null(set_sq_contains(self, key));
}

Object* set_copy_method(Object* self, Object*) {
  return set_copy_impl(self);
}

Object* frozenset_copy_method(Object* self, Object*) {
  if (self->type == &FrozenSetType)
    return newref(self);
  return set_copy_impl(self);
}

// discard/remove: an unhashable set argument is retried as a frozenset.
int discard_with_retry(Object* self, Object* key) {
  int rv = set_discard_key(S(self), key);
  if (rv < 0) {
    if (!(key->type == &SetType || type_is_subtype(key->type, &SetType)) || !err_matches(TypeError))
      return -1;
    err_clear();
    Object* tmp = make_new_set(&FrozenSetType, key);
    if (tmp == nullptr)
      return -1;
    rv = set_discard_key(S(self), tmp);
    decref(tmp);
  }
  return rv;
}

Object* set_discard_method(Object* self, Object* key) {
  if (discard_with_retry(self, key) < 0)
    return nullptr;
  return none_new();
}

Object* set_remove_method(Object* self, Object* key) {
  int rv = discard_with_retry(self, key);
  if (rv < 0)
    return nullptr;
  if (rv == 0)
    return set_key_error(key);
  return none_new();
}

Object* set_pop_method(Object* self, Object*) {
  SetObject* so = S(self);
  if (so->used == 0)
    return err_set_string(KeyError, "pop from an empty set");
  SetEntry* entry = so->table + (so->finger & so->mask);
  SetEntry* limit = so->table + so->mask;
  while (entry->key == nullptr || entry->key == dummy) {
    ++entry;
    if (entry > limit)
      entry = so->table;
  }
  Object* key = entry->key;
  entry->key = dummy;
  entry->hash = -1;
  so->used--;
  so->finger = entry - so->table + 1;
  return key;
}

Object* set_union_method(Object* self, Object* const* args, ssize nargs) {
  Object* result = set_copy_impl(self);
  if (result == nullptr)
    return nullptr;
  for (ssize i = 0; i < nargs; ++i) {
    if (args[i] == self)
      continue;
    if (set_update_internal(S(result), args[i]) < 0) {
      decref(result);
      return nullptr;
    }
  }
  return result;
}

Object* set_update_method(Object* self, Object* const* args, ssize nargs) {
  for (ssize i = 0; i < nargs; ++i)
    if (set_update_internal(S(self), args[i]) < 0)
      return nullptr;
  return none_new();
}

Object* set_intersection_multi(Object* self, Object* const* args, ssize nargs) {
  if (nargs == 0)
    return set_copy_impl(self);
  Object* result = newref(self);
  for (ssize i = 0; i < nargs; ++i) {
    Object* next = set_intersection(result, args[i]);
    decref(result);
    if (next == nullptr)
      return nullptr;
    result = next;
  }
  return result;
}

Object* set_intersection_update_method(Object* self, Object* const* args, ssize nargs) {
  Object* tmp = set_intersection_multi(self, args, nargs);
  if (tmp == nullptr)
    return nullptr;
  set_swap_bodies(S(self), S(tmp));
  decref(tmp);
  return none_new();
}

Object* set_difference_multi(Object* self, Object* const* args, ssize nargs) {
  if (nargs == 0)
    return set_copy_impl(self);
  Object* result = set_difference(self, args[0]);
  if (result == nullptr)
    return nullptr;
  for (ssize i = 1; i < nargs; ++i) {
    if (set_difference_update(result, args[i]) < 0) {
      decref(result);
      return nullptr;
    }
  }
  return result;
}

Object* set_difference_update_method(Object* self, Object* const* args, ssize nargs) {
  for (ssize i = 0; i < nargs; ++i)
    if (set_difference_update(self, args[i]) < 0)
      return nullptr;
  return none_new();
}

Object* set_symmetric_difference_method(Object* self, Object* other) {
  return set_symmetric_difference(self, other);
}

Object* set_symmetric_difference_update_method(Object* self, Object* other) {
  if (set_symmetric_difference_update(self, other) < 0)
    return nullptr;
  return none_new();
}

Object* set_issubset_method(Object* self, Object* other) {
  return bool_or_null(set_issubset_impl(self, other));
}
Object* set_issuperset_method(Object* self, Object* other) {
  return bool_or_null(set_issuperset_impl(self, other));
}

Object* set_isdisjoint_method(Object* self, Object* other) {
  if (self == other)
    return bool_from(set_size(self) == 0);
  if (anyset_check_exact(other)) {
    Object* a = self;
    Object* b = other;
    if (set_size(b) > set_size(a))
      std::swap(a, b);
    ssize pos = 0;
    SetEntry* e;
    while (set_next_entry(S(b), &pos, &e)) {
      Object* key = newref(e->key);
      int rv = set_contains_entry(S(a), key, e->hash);
      decref(key);
      if (rv != 0)
        return rv < 0 ? nullptr : bool_from(false);
    }
    return bool_from(true);
  }
  Object* it = object_get_iter(other);
  if (it == nullptr)
    return nullptr;
  for (;;) {
    Object* key = iter_next(it);
    if (key == nullptr)
      break;
    int rv = set_contains_key(S(self), key);
    decref(key);
    if (rv != 0) {
      decref(it);
      return rv < 0 ? nullptr : bool_from(false);
    }
  }
  decref(it);
  if (err_occurred())
    return nullptr;
  return bool_from(true);
}

Object* set_sizeof_method(Object* self, Object*) {
  ssize size = self->type->basicsize;
  if (S(self)->table != S(self)->smalltable)
    size += (S(self)->mask + 1) * ssize(sizeof(SetEntry));
  return int_from_i64(size);
}

int set_init(Object* self, Object* args, Object* kwargs) {
  if (!check_no_kwargs("set", kwargs))
    return -1;
  ssize nargs = args ? tuple_size(args) : 0;
  if (!check_positional(self->type->name, nargs, 0, 1))
    return -1;
  if (S(self)->fill)
    set_clear_internal(self);
  S(self)->hash = -1;
  if (nargs == 0)
    return 0;
  return set_update_internal(S(self), tuple_get(args, 0));
}

Object* set_type_new(TypeObject* type, Object* args, Object* kwargs) {
  if (type == &SetType && !check_no_kwargs("set", kwargs))
    return nullptr;
  return make_new_set(type, nullptr);
}

Object* set_type_vectorcall(Object* type, Object* const* args, size_t nargsf, Object* kwnames) {
  if (kwnames && tuple_size(kwnames))
    return err_set_string(TypeError, "set() takes no keyword arguments");
  ssize nargs = vectorcall_nargs(nargsf);
  if (!check_positional("set", nargs, 0, 1))
    return nullptr;
  return make_new_set(reinterpret_cast<TypeObject*>(type), nargs ? args[0] : nullptr);
}

Object* frozenset_type_new(TypeObject* type, Object* args, Object* kwargs) {
  if (type == &FrozenSetType && !check_no_kwargs("frozenset", kwargs))
    return nullptr;
  ssize nargs = args ? tuple_size(args) : 0;
  if (!check_positional(type->name, nargs, 0, 1))
    return nullptr;
  Object* iterable = nargs ? tuple_get(args, 0) : nullptr;
  if (type == &FrozenSetType && iterable && iterable->type == &FrozenSetType)
    return newref(iterable);
  return make_new_set(type, iterable);
}

Object* frozenset_type_vectorcall(Object* type, Object* const* args, size_t nargsf, Object* kwnames) {
  if (kwnames && tuple_size(kwnames))
    return err_set_string(TypeError, "frozenset() takes no keyword arguments");
  ssize nargs = vectorcall_nargs(nargsf);
  if (!check_positional("frozenset", nargs, 0, 1))
    return nullptr;
  Object* iterable = nargs ? args[0] : nullptr;
  if (iterable && iterable->type == &FrozenSetType)
    return newref(iterable);
  return make_new_set(reinterpret_cast<TypeObject*>(type), iterable);
}

// ---------------------------------------------------------------- iterator

struct SetIterObject : Object {
  Object* set; // nullptr once exhausted
  ssize used;
  ssize pos;
  ssize len;
};

SetIterObject* SI(Object* o) {
  return static_cast<SetIterObject*>(o);
}

void setiter_dealloc(Object* o) {
  gc_untrack(o);
  xdecref(SI(o)->set);
  container_gc_free(o);
}

int setiter_traverse(Object* o, VisitFn visit, void* arg) {
  return SI(o)->set ? visit(SI(o)->set, arg) : 0;
}

Object* setiter_next(Object* o) {
  SetIterObject* si = SI(o);
  if (si->set == nullptr)
    return nullptr;
  SetObject* so = S(si->set);
  if (si->used != so->used) {
    si->used = -1;
    return err_set_string(RuntimeError, "Set changed size during iteration");
  }
  ssize i = si->pos;
  ssize mask = so->mask;
  while (i <= mask && (so->table[i].key == nullptr || so->table[i].key == dummy))
    ++i;
  si->pos = i + 1;
  if (i > mask) {
    clear_ref(si->set);
    return nullptr;
  }
  si->len--;
  return newref(so->table[i].key);
}

Object* setiter_length_hint(Object* o, Object*) {
  SetIterObject* si = SI(o);
  ssize len = 0;
  if (si->set && si->used == S(si->set)->used)
    len = si->len;
  return int_from_i64(len);
}

// (iter, (list of the elements still to come,)), the iterator left as is.
Object* setiter_reduce(Object* o, Object*) {
  SetIterObject* si = SI(o);
  Object* out = list_new(0);
  if (!out)
    return nullptr;
  if (si->set) {
    SetObject* so = S(si->set);
    if (si->used != so->used) {
      decref(out);
      return err_set_string(RuntimeError, "Set changed size during iteration");
    }
    for (ssize i = si->pos; i <= so->mask; i++) {
      Object* k = so->table[i].key;
      if (k && k != dummy && list_append(out, k) < 0) {
        decref(out);
        return nullptr;
      }
    }
  }
  return iter_reduce_exhausted(out);
}

MethodDef setiter_methods[] = {
    {"__length_hint__", setiter_length_hint, METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", setiter_reduce, METH_NOARGS, "Return state information for pickling."},
    {nullptr, nullptr, 0, nullptr},
};

Object* self_iter(Object* o) {
  return newref(o);
}

} // namespace

TypeObject SetIterType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "set_iterator";
  t.basicsize = sizeof(SetIterObject);
  t.dealloc = setiter_dealloc;
  t.getattro = object_generic_getattr;
  t.flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLETYPE | TPFLAG_DISALLOW_INSTANTIATION;
  t.traverse = setiter_traverse;
  t.iter = self_iter;
  t.iternext = setiter_next;
  t.methods = setiter_methods;
  t.free_ = container_gc_free;
  return t;
}();
COIL_REGISTER_TYPE(SetIterType);

namespace {

Object* set_iter(Object* o) {
  auto* si = static_cast<SetIterObject*>(gc_alloc(&SetIterType, sizeof(SetIterObject)));
  if (si == nullptr)
    return nullptr;
  si->set = newref(o);
  si->used = S(o)->used;
  si->pos = 0;
  si->len = S(o)->used;
  gc_track(si);
  return si;
}

SequenceMethods set_as_sequence = {.length = set_len, .contains = set_sq_contains};

NumberMethods set_as_number = [] {
  NumberMethods n{};
  n.subtract = set_sub;
  n.and_ = set_and;
  n.xor_ = set_xor;
  n.or_ = set_or;
  n.inplace_subtract = set_isub;
  n.inplace_and = set_iand;
  n.inplace_xor = set_ixor;
  n.inplace_or = set_ior;
  return n;
}();

NumberMethods frozenset_as_number = [] {
  NumberMethods n{};
  n.subtract = set_sub;
  n.and_ = set_and;
  n.xor_ = set_xor;
  n.or_ = set_or;
  return n;
}();

#define FAST(fn) reinterpret_cast<MethodFn>(fn)

// __reduce__: (type(self), (list(self),), self.__dict__ or None), as CPython.
static Object* set_reduce_method(Object* self, Object*) {
  Object* items = sequence_list(self);
  if (!items)
    return nullptr;
  Object* args = tuple_pack({items});
  decref(items);
  if (!args)
    return nullptr;
  int error;
  Object* dict_name = str_intern_utf8("__dict__");
  Object* state = object_lookup_attr(self, dict_name, &error);
  decref(dict_name);
  if (error) {
    decref(args);
    return nullptr;
  }
  Object* r = tuple_pack({static_cast<Object*>(self->type), args, state ? state : None});
  decref(args);
  xdecref(state);
  return r;
}

MethodDef set_methods[] = {
    {"__reduce__", set_reduce_method, METH_NOARGS, "Return state information for pickling."},
    {"add", set_add_method, METH_O, "Add an element to a set."},
    {"clear", set_clear_method, METH_NOARGS, "Remove all items."},
    {"__contains__", set_contains_method, METH_O | METH_COEXIST,
     "True if the container has the specified key or element, else False."},
    {"copy", set_copy_method, METH_NOARGS, "Return a shallow copy."},
    {"discard", set_discard_method, METH_O, "Remove an element from a set if it is a member."},
    {"difference", FAST(set_difference_multi), METH_FASTCALL | METH_VARARGS_ERRORS,
     "Return the difference of the set and the others as a new set."},
    {"difference_update", FAST(set_difference_update_method), METH_FASTCALL | METH_VARARGS_ERRORS,
     "Remove all elements of the others from this set."},
    {"intersection", FAST(set_intersection_multi), METH_FASTCALL | METH_VARARGS_ERRORS,
     "Return the intersection of the set and the others as a new set."},
    {"intersection_update", FAST(set_intersection_update_method), METH_FASTCALL | METH_VARARGS_ERRORS,
     "Update the set with its intersection with the others."},
    {"isdisjoint", set_isdisjoint_method, METH_O, "Return True if the two sets have a null intersection."},
    {"issubset", set_issubset_method, METH_O, "Report whether another set contains this set."},
    {"issuperset", set_issuperset_method, METH_O, "Report whether this set contains another set."},
    {"pop", set_pop_method, METH_NOARGS,
     "Remove and return an item (the last one, or the given index or key)."},
    {"remove", set_remove_method, METH_O, "Remove the first occurrence of a value."},
    {"__sizeof__", set_sizeof_method, METH_NOARGS, "Return the size of the object in memory, in bytes."},
    {"symmetric_difference", set_symmetric_difference_method, METH_O,
     "Return the elements in exactly one of the two sets as a new set."},
    {"symmetric_difference_update", set_symmetric_difference_update_method, METH_O,
     "Update the set with the symmetric difference of itself and another."},
    {"union", FAST(set_union_method), METH_FASTCALL | METH_VARARGS_ERRORS,
     "Return the union of sets as a new set."},
    {"update", FAST(set_update_method), METH_FASTCALL | METH_VARARGS_ERRORS,
     "Update from mappings, iterables and keyword arguments."},
    {nullptr, nullptr, 0, nullptr},
};

MethodDef frozenset_methods[] = {
    {"__reduce__", set_reduce_method, METH_NOARGS, "Return state information for pickling."},
    {"__contains__", set_contains_method, METH_O | METH_COEXIST,
     "True if the container has the specified key or element, else False."},
    {"copy", frozenset_copy_method, METH_NOARGS, "Return a shallow copy."},
    {"difference", FAST(set_difference_multi), METH_FASTCALL | METH_VARARGS_ERRORS,
     "Return the difference of the set and the others as a new set."},
    {"intersection", FAST(set_intersection_multi), METH_FASTCALL | METH_VARARGS_ERRORS,
     "Return the intersection of the set and the others as a new set."},
    {"isdisjoint", set_isdisjoint_method, METH_O, "Return True if the two sets have a null intersection."},
    {"issubset", set_issubset_method, METH_O, "Report whether another set contains this set."},
    {"issuperset", set_issuperset_method, METH_O, "Report whether this set contains another set."},
    {"__sizeof__", set_sizeof_method, METH_NOARGS, "Return the size of the object in memory, in bytes."},
    {"symmetric_difference", set_symmetric_difference_method, METH_O,
     "Return the elements in exactly one of the two sets as a new set."},
    {"union", FAST(set_union_method), METH_FASTCALL | METH_VARARGS_ERRORS,
     "Return the union of sets as a new set."},
    {nullptr, nullptr, 0, nullptr},
};

#undef FAST

TypeObject make_set_type(bool frozen) {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = frozen ? "frozenset" : "set";
  t.basicsize = sizeof(SetObject);
  t.dealloc = set_dealloc;
  t.repr = set_repr;
  t.as_number = frozen ? &frozenset_as_number : &set_as_number;
  t.as_sequence = &set_as_sequence;
  t.hash = frozen ? frozenset_hash : nullptr; // set: made unhashable by type_ready
  t.getattro = object_generic_getattr;
  t.flags = TPFLAG_HAVE_GC | TPFLAG_BASETYPE | (frozen ? (unsigned long)TPFLAG_IMMUTABLETYPE : 0ul);
  t.doc = frozen ? "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\n"
                   "Build an immutable unordered collection of unique elements."
                 : "set() -> new empty set object\nset(iterable) -> new set object\n\n"
                   "Build an unordered collection of unique elements.";
  t.traverse = set_traverse;
  t.clear = set_clear_internal;
  t.richcompare = set_richcompare;
  t.weaklistoffset = ssize(sizeof(SetObject) - sizeof(Object*)); // weakreflist is the last field
  t.iter = set_iter;
  t.methods = frozen ? frozenset_methods : set_methods;
  t.init = frozen ? nullptr : set_init;
  t.new_ = frozen ? frozenset_type_new : set_type_new;
  t.free_ = container_gc_free;
  t.vectorcall = frozen ? frozenset_type_vectorcall : set_type_vectorcall;
  return t;
}

} // namespace

TypeObject SetType = make_set_type(false);
TypeObject FrozenSetType = make_set_type(true);
COIL_REGISTER_TYPE(SetType);
COIL_REGISTER_TYPE(FrozenSetType);

} // namespace coil
