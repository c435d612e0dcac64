// Instance attributes kept in values over the class's shared keys (CPython
// 3.11's managed dicts): allocation, lookup, store/delete, materialization
// of __dict__ as a split dict.
//
// Invariants (see also type.h: managed_dict_ptr, and dict_split.h)
// - Only instances of TPFLAG_MANAGED_DICT heap types have a pre-header; the
//   values pointer and the dict pointer are never both set.
// - Values always belong to the cached keys of the instance's own type:
//   __class__ assignment materializes them first (object_type.cpp).
// - A name that cannot go into the shared keys (not an exact str, keys full)
//   makes the instance switch to a dict for good, as CPython does.
#include "runtime/errors.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/dict_internal.h"
#include "runtime/objects/dict_split.h"
#include "runtime/objects/str.h"
#include "runtime/objects/type.h"
#include "runtime/objects/type_impl.h"

namespace coil {

using namespace type_impl;

static SharedKeys* cached_keys_of(TypeObject* t) noexcept {
  return type_has_flag(t, TPFLAG_HEAPTYPE) ? static_cast<HeapTypeObject*>(t)->cached_keys : nullptr;
}

void instance_init_values(Object* o) noexcept {
  SharedKeys* keys = cached_keys_of(o->type);
  if (!keys)
    return;
  // CPython: each new instance lowers the room left for keys by one (while
  // more than one), so instances made later get smaller values.
  if (keys->usable > 1)
    keys->usable--;
  DictValues* v = dict_values_new(shared_keys_usable_size(keys));
  if (!v) {
    err_clear(); // the instance uses a dict instead
    return;
  }
  *managed_values_ptr(o) = v;
}

Object* instance_values_get(Object* o, DictValues* v, Object* name) {
  SharedKeys* keys = cached_keys_of(o->type);
  hash_t hash = dict_key_hash(name);
  if (hash == -1)
    return nullptr;
  ssize ix = shared_keys_lookup(keys, name, hash);
  if (ix < 0 || ix >= v->capacity)
    return nullptr;
  return v->slots[ix];
}

int object_materialize_dict(Object* o) {
  if (!type_has_flag(o->type, TPFLAG_MANAGED_DICT))
    return 0;
  DictValues** vp = managed_values_ptr(o);
  if (!*vp)
    return 0;
  Object* d = dict_new_split(cached_keys_of(o->type), *vp);
  if (!d)
    return -1;
  *vp = nullptr;
  *managed_dict_ptr(o) = d;
  return 0;
}

int instance_values_set(Object* o, Object* name, Object* value) {
  DictValues* v = *managed_values_ptr(o);
  SharedKeys* keys = cached_keys_of(o->type);
  ssize ix = -1;
  if (str_check_exact(name)) {
    hash_t hash = dict_key_hash(name);
    if (hash == -1)
      return -1;
    ix = shared_keys_lookup(keys, name, hash);
    if (ix < 0) // even to delete, as CPython 3.11 (then AttributeError below)
      ix = shared_keys_insert(keys, name, hash);
  }
  if (ix < 0 || ix >= v->capacity) {
    // The shared keys cannot hold it: the instance goes on with a dict.
    if (object_materialize_dict(o) < 0)
      return -1;
    Object* d = newref(*managed_dict_ptr(o));
    int r = value ? dict_setitem(d, name, value) : dict_delitem(d, name);
    decref(d);
    if (r < 0 && !value && err_matches(KeyError)) {
      err_clear();
      raise_setattr_missing(o, name);
    }
    return r;
  }
  Object* old = v->slots[ix];
  if (value) {
    v->slots[ix] = newref(value);
    if (!old)
      dict_values_add_order(v, ix);
  } else {
    if (!old) {
      raise_setattr_missing(o, name);
      return -1;
    }
    v->slots[ix] = nullptr;
    dict_values_remove_order(v, ix);
  }
  xdecref(old);
  return 0;
}

Object* instance_new_dict(Object* o) {
  SharedKeys* keys = type_has_flag(o->type, TPFLAG_MANAGED_DICT) ? cached_keys_of(o->type) : nullptr;
  if (!keys)
    return dict_new();
  // CPython's new_dict_with_shared_keys: room for every key the keys may
  // still take, without lowering it.
  DictValues* v = dict_values_new(shared_keys_usable_size(keys));
  if (!v)
    return nullptr;
  Object* d = dict_new_split(keys, v);
  if (!d)
    dict_values_free(v);
  return d;
}

void instance_clear_values(Object* o) noexcept {
  if (!type_has_flag(o->type, TPFLAG_MANAGED_DICT))
    return;
  DictValues** vp = managed_values_ptr(o);
  DictValues* v = *vp;
  if (!v)
    return;
  *vp = nullptr;
  for (ssize i = 0; i < v->capacity; ++i)
    xdecref(v->slots[i]);
  dict_values_free(v);
}

} // namespace coil
