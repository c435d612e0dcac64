// dict views (dict_keys, dict_values, dict_items) and the dict iterators
// (forward and reversed, over keys, values or items).
//
// Invariants
// - A view holds a strong reference to its dict and reads it live.
// - An iterator remembers the dict's `used` at creation: a change of size
//   raises "dictionary changed size during iteration" (sticky), and finding
//   more entries than expected raises "dictionary keys changed during
//   iteration". Once exhausted it drops its dict.
// - Keys and items views are set-like: comparisons and | & - ^ produce sets
//   with CPython's algorithms (so element order matches).
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
#include "runtime/objects/type.h"
#include "runtime/runtime.h"

namespace coil {

namespace {

DictObject* D(Object* o) {
  return static_cast<DictObject*>(o);
}

struct DictIterObject : Object {
  Object* dict; // nullptr once exhausted
  ssize used;   // dict's size when the iterator was made (-1 after a size change)
  ssize pos;    // next entry index (reversed: current index going down)
  ssize len;    // items still expected
  int kind;
  bool reversed;
};

DictIterObject* IT(Object* o) {
  return static_cast<DictIterObject*>(o);
}

void dictiter_dealloc(Object* o) {
  gc_untrack(o);
  xdecref(IT(o)->dict);
  container_gc_free(o);
}

int dictiter_traverse(Object* o, VisitFn visit, void* arg) {
  return IT(o)->dict ? visit(IT(o)->dict, arg) : 0;
}

Object* self_iter(Object* o) {
  return newref(o);
}

Object* make_result(int kind, Object* key, Object* value) {
  switch (kind) {
  case DICT_ITER_KEYS:
    return newref(key);
  case DICT_ITER_VALUES:
    return newref(value);
  default:
    return tuple_pack({key, value});
  }
}

Object* dictiter_next(Object* o) {
  DictIterObject* di = IT(o);
  Object* dobj = di->dict;
  if (dobj == nullptr)
    return nullptr;
  DictObject* d = D(dobj);
  if (di->used != d->used) {
    di->used = -1;
    return err_set_string(RuntimeError, "dictionary changed size during iteration");
  }
  ssize i = di->pos;
  ssize n = dict_npos(d);
  Object *key = nullptr, *value = nullptr;
  while (i < n && !dict_at(d, i, &key, &value))
    ++i;
  if (i >= n)
    goto fail;
  if (di->len == 0) {
    err_set_string(RuntimeError, "dictionary keys changed during iteration");
    goto fail;
  }
  di->pos = i + 1;
  di->len--;
  return make_result(di->kind, key, value);
fail:
  clear_ref(di->dict);
  return nullptr;
}

Object* dictreviter_next(Object* o) {
  DictIterObject* di = IT(o);
  Object* dobj = di->dict;
  if (dobj == nullptr)
    return nullptr;
  DictObject* d = D(dobj);
  if (di->used != d->used) {
    di->used = -1;
    return err_set_string(RuntimeError, "dictionary changed size during iteration");
  }
  ssize i = di->pos;
  if (i >= dict_npos(d))
    i = dict_npos(d) - 1;
  Object *key = nullptr, *value = nullptr;
  while (i >= 0 && !dict_at(d, i, &key, &value))
    --i;
  if (i < 0) {
    clear_ref(di->dict);
    return nullptr;
  }
  di->pos = i - 1;
  di->len--;
  return make_result(di->kind, key, value);
}

Object* dictiter_length_hint(Object* o, Object*) {
  DictIterObject* di = IT(o);
  ssize len = 0;
  if (di->dict != nullptr && di->used == D(di->dict)->used)
    len = di->len;
  return int_from_i64(len);
}

// (iter, (list of the items still to come,)), the iterator left as is.
Object* dictiter_reduce(Object* o, Object*) {
  DictIterObject* di = IT(o);
  Object* out = list_new(0);
  if (!out)
    return nullptr;
  if (di->dict) {
    DictObject* d = D(di->dict);
    if (di->used != d->used) {
      decref(out);
      return err_set_string(RuntimeError, "dictionary changed size during iteration");
    }
    ssize n = dict_npos(d);
    ssize i = di->reversed ? (di->pos >= n ? n - 1 : di->pos) : di->pos;
    for (; i >= 0 && i < n; i += di->reversed ? -1 : 1) {
      Object *key, *value;
      if (!dict_at(d, i, &key, &value))
        continue;
      Object* v = make_result(di->kind, key, value);
      if (!v || list_append(out, v) < 0) {
        xdecref(v);
        decref(out);
        return nullptr;
      }
      decref(v);
    }
  }
  return iter_reduce_exhausted(out);
}

MethodDef dictiter_methods[] = {
    {"__length_hint__", dictiter_length_hint, METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", dictiter_reduce, METH_NOARGS, "Return state information for pickling."},
    {nullptr, nullptr, 0, nullptr},
};

TypeObject make_iter_type(const char* name, UnaryFn next) {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = name;
  t.basicsize = sizeof(DictIterObject);
  t.dealloc = dictiter_dealloc;
  t.getattro = object_generic_getattr;
  t.flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLETYPE | TPFLAG_DISALLOW_INSTANTIATION;
  t.traverse = dictiter_traverse;
  t.iter = self_iter;
  t.iternext = next;
  t.methods = dictiter_methods;
  t.free_ = container_gc_free;
  return t;
}

} // namespace

TypeObject DictKeyIterType = make_iter_type("dict_keyiterator", dictiter_next);
TypeObject DictValueIterType = make_iter_type("dict_valueiterator", dictiter_next);
TypeObject DictItemIterType = make_iter_type("dict_itemiterator", dictiter_next);
TypeObject DictRevKeyIterType = make_iter_type("dict_reversekeyiterator", dictreviter_next);
TypeObject DictRevValueIterType = make_iter_type("dict_reversevalueiterator", dictreviter_next);
TypeObject DictRevItemIterType = make_iter_type("dict_reverseitemiterator", dictreviter_next);
COIL_REGISTER_TYPE(DictKeyIterType);
COIL_REGISTER_TYPE(DictValueIterType);
COIL_REGISTER_TYPE(DictItemIterType);
COIL_REGISTER_TYPE(DictRevKeyIterType);
COIL_REGISTER_TYPE(DictRevValueIterType);
COIL_REGISTER_TYPE(DictRevItemIterType);

Object* dict_iter_new(Object* dict, int kind, bool reversed) {
  static TypeObject* const forward[] = {&DictKeyIterType, &DictValueIterType, &DictItemIterType};
  static TypeObject* const backward[] = {&DictRevKeyIterType, &DictRevValueIterType, &DictRevItemIterType};
  TypeObject* type = reversed ? backward[kind] : forward[kind];
  auto* di = static_cast<DictIterObject*>(gc_alloc(type, sizeof(DictIterObject)));
  if (di == nullptr)
    return nullptr;
  di->dict = newref(dict);
  di->used = D(dict)->used;
  di->len = di->used;
  di->kind = kind;
  di->reversed = reversed;
  di->pos = reversed ? dict_npos(D(dict)) - 1 : 0;
  gc_track(di);
  return di;
}

// ---------------------------------------------------------------- views

namespace {

struct DictViewObject : Object {
  Object* dict;
};

DictViewObject* V(Object* o) {
  return static_cast<DictViewObject*>(o);
}

bool is_setlike_view(Object* o) {
  return o->type == &DictKeysType || o->type == &DictItemsType;
}

int view_kind(Object* o) {
  if (o->type == &DictKeysType)
    return DICT_ITER_KEYS;
  if (o->type == &DictValuesType)
    return DICT_ITER_VALUES;
  return DICT_ITER_ITEMS;
}

void view_dealloc(Object* o) {
  gc_untrack(o);
  xdecref(V(o)->dict);
  container_gc_free(o);
}

int view_traverse(Object* o, VisitFn visit, void* arg) {
  return V(o)->dict ? visit(V(o)->dict, arg) : 0;
}

ssize view_len(Object* o) {
  return D(V(o)->dict)->used;
}

Object* view_iter(Object* o) {
  return dict_iter_new(V(o)->dict, view_kind(o), false);
}

Object* view_reversed(Object* o, Object*) {
  return dict_iter_new(V(o)->dict, view_kind(o), true);
}

Object* view_repr(Object* o) {
  int r = repr_enter(o);
  if (r != 0)
    return r > 0 ? str_from_ascii("...") : nullptr;
  Object* seq = sequence_list(o);
  if (seq == nullptr) {
    repr_leave(o);
    return nullptr;
  }
  Object* inner = object_repr(seq);
  decref(seq);
  repr_leave(o);
  if (inner == nullptr)
    return nullptr;
  StrBuilder b;
  b.append_utf8(type_name_of(o));
  b.append_ascii('(');
  b.append(inner);
  b.append_ascii(')');
  decref(inner);
  return b.finish();
}

int keys_contains(Object* o, Object* key) {
  return dict_contains(V(o)->dict, key);
}

int items_contains(Object* o, Object* obj) {
  if (!tuple_check(obj) || tuple_size(obj) != 2)
    return 0;
  Object* key = tuple_get(obj, 0);
  Object* value = tuple_get(obj, 1);
  Object* found = dict_getitem(V(o)->dict, key);
  if (found == nullptr)
    return err_occurred() ? -1 : 0;
  incref(found);
  int r = object_richcompare_bool(found, value, CMP_EQ);
  decref(found);
  return r;
}

// Every item of `a` is in `b`: 0/1/-1.
int all_contained_in(Object* a, Object* b) {
  Object* it = object_get_iter(a);
  if (it == nullptr)
    return -1;
  int ok = 1;
  for (;;) {
    Object* item = iter_next(it);
    if (item == nullptr) {
      if (err_occurred())
        ok = -1;
      break;
    }
    ok = sequence_contains(b, item);
    decref(item);
    if (ok <= 0)
      break;
  }
  decref(it);
  return ok;
}

Object* view_richcompare(Object* self, Object* other, int op) {
  if (!anyset_check(other) && !is_setlike_view(other))
    return newref(NotImplemented);
  ssize len_self = object_length(self);
  if (len_self < 0)
    return nullptr;
  ssize len_other = object_length(other);
  if (len_other < 0)
    return nullptr;
  int ok = 0;
  switch (op) {
  case CMP_NE:
  case CMP_EQ:
    if (len_self == len_other)
      ok = all_contained_in(self, other);
    if (op == CMP_NE && ok >= 0)
      ok = !ok;
    break;
  case CMP_LT:
    if (len_self < len_other)
      ok = all_contained_in(self, other);
    break;
  case CMP_LE:
    if (len_self <= len_other)
      ok = all_contained_in(self, other);
    break;
  case CMP_GT:
    if (len_self > len_other)
      ok = all_contained_in(other, self);
    break;
  case CMP_GE:
    if (len_self >= len_other)
      ok = all_contained_in(other, self);
    break;
  }
  if (ok < 0)
    return nullptr;
  return bool_from(ok != 0);
}

// set(self), where a keys view contributes its dict (same elements, same order).
Object* view_to_set(Object* self) {
  Object* left = self;
  if (self->type == &DictKeysType)
    left = V(self)->dict;
  return set_new(left);
}

Object* view_sub(Object* self, Object* other) {
  Object* result = view_to_set(self);
  if (result == nullptr)
    return nullptr;
  if (set_difference_update(result, other) < 0) {
    decref(result);
    return nullptr;
  }
  return result;
}

Object* view_or(Object* self, Object* other) {
  Object* result = view_to_set(self);
  if (result == nullptr)
    return nullptr;
  if (set_update(result, other) < 0) {
    decref(result);
    return nullptr;
  }
  return result;
}

Object* view_and(Object* self, Object* other) {
  // The interpreter passes the operands in source order; put the view first.
  if (!is_setlike_view(self))
    std::swap(self, other);
  ssize len_self = view_len(self);
  if (other->type == &SetType) {
    ssize len_other = set_size(other);
    if (len_self <= len_other)
      return set_intersection(other, self);
  }
  if (is_setlike_view(other) && view_len(other) > len_self)
    std::swap(self, other);
  Object* result = set_new(nullptr);
  if (result == nullptr)
    return nullptr;
  Object* it = object_get_iter(other);
  if (it == nullptr) {
    decref(result);
    return nullptr;
  }
  bool keys = self->type == &DictKeysType;
  for (;;) {
    Object* key = iter_next(it);
    if (key == nullptr)
      break;
    int rv = keys ? keys_contains(self, key) : items_contains(self, key);
    if (rv > 0)
      rv = set_add(result, key) < 0 ? -1 : 1;
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

Object* items_xor(Object* self, Object* other) {
  Object* temp = dict_copy(V(self)->dict);
  if (temp == nullptr)
    return nullptr;
  Object* result = set_new(nullptr);
  if (result == nullptr) {
    decref(temp);
    return nullptr;
  }
  Object* d2 = V(other)->dict;
  ssize pos = 0;
  Object *key, *val2;
  int err = 0;
  while (!err && dict_next(d2, &pos, &key, &val2)) {
    incref(key);
    incref(val2);
    hash_t hash = dict_key_hash(key);
    Object* val1 = hash == -1 ? nullptr : dict_getitem_known_hash(temp, key, hash);
    int to_delete = 0;
    if (val1 == nullptr) {
      if (err_occurred())
        err = 1;
    } else {
      incref(val1);
      to_delete = object_richcompare_bool(val1, val2, CMP_EQ);
      decref(val1);
      if (to_delete < 0)
        err = 1;
    }
    if (!err) {
      if (to_delete) {
        if (dict_delitem_known_hash(temp, key, hash) < 0)
          err = 1;
      } else {
        Object* pair = tuple_pack({key, val2});
        if (pair == nullptr || set_add(result, pair) < 0)
          err = 1;
        xdecref(pair);
      }
    }
    decref(key);
    decref(val2);
  }
  if (!err) {
    Object* remaining = dict_view_new(temp, DICT_ITER_ITEMS);
    if (remaining == nullptr || set_update(result, remaining) < 0)
      err = 1;
    xdecref(remaining);
  }
  decref(temp);
  if (err) {
    decref(result);
    return nullptr;
  }
  return result;
}

Object* view_xor(Object* self, Object* other) {
  if (self->type == &DictItemsType && other->type == &DictItemsType)
    return items_xor(self, other);
  Object* result = view_to_set(self);
  if (result == nullptr)
    return nullptr;
  if (set_symmetric_difference_update(result, other) < 0) {
    decref(result);
    return nullptr;
  }
  return result;
}

Object* view_isdisjoint(Object* self, Object* other) {
  if (self == other)
    return bool_from(view_len(self) == 0);
  if (anyset_check(other) || is_setlike_view(other)) {
    ssize len_self = view_len(self);
    ssize len_other = object_length(other);
    if (len_other < 0)
      return nullptr;
    if (len_other > len_self)
      std::swap(self, other);
  }
  Object* it = object_get_iter(other);
  if (it == nullptr)
    return nullptr;
  for (;;) {
    Object* item = iter_next(it);
    if (item == nullptr)
      break;
    int c = sequence_contains(self, item);
    decref(item);
    if (c != 0) {
      decref(it);
      return c < 0 ? nullptr : bool_from(false);
    }
  }
  decref(it);
  if (err_occurred())
    return nullptr;
  return bool_from(true);
}

Object* view_mapping_get(Object* self, void*) {
  return mappingproxy_new(V(self)->dict);
}

GetSetDef view_getset[] = {
    {"mapping", view_mapping_get, nullptr, "dictionary that this view refers to", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

SequenceMethods keys_as_sequence = {.length = view_len, .contains = keys_contains};
SequenceMethods items_as_sequence = {.length = view_len, .contains = items_contains};
SequenceMethods values_as_sequence = {.length = view_len};

NumberMethods setlike_view_as_number = [] {
  NumberMethods n{};
  n.subtract = view_sub;
  n.and_ = view_and;
  n.xor_ = view_xor;
  n.or_ = view_or;
  return n;
}();

MethodDef setlike_view_methods[] = {
    {"isdisjoint", view_isdisjoint, METH_O, "Return True if the two sets have a null intersection."},
    {"__reversed__", view_reversed, METH_NOARGS, "Return a reverse iterator."},
    {nullptr, nullptr, 0, nullptr},
};
MethodDef values_view_methods[] = {
    {"__reversed__", view_reversed, METH_NOARGS, "Return a reverse iterator."},
    {nullptr, nullptr, 0, nullptr},
};

TypeObject make_view_type(const char* name, SequenceMethods* seq, bool setlike) {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = name;
  t.basicsize = sizeof(DictViewObject);
  t.dealloc = view_dealloc;
  t.repr = view_repr;
  t.as_sequence = seq;
  t.getattro = object_generic_getattr;
  t.flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLETYPE | TPFLAG_DISALLOW_INSTANTIATION;
  t.traverse = view_traverse;
  t.iter = view_iter;
  t.getset = view_getset;
  t.free_ = container_gc_free;
  if (setlike) {
    t.as_number = &setlike_view_as_number;
    // hash stays null: type_ready makes it unhashable (__hash__ = None) since richcompare is set.
    t.richcompare = view_richcompare;
    t.methods = setlike_view_methods;
  } else {
    t.methods = values_view_methods;
  }
  return t;
}

} // namespace

TypeObject DictKeysType = make_view_type("dict_keys", &keys_as_sequence, true);
TypeObject DictItemsType = make_view_type("dict_items", &items_as_sequence, true);
TypeObject DictValuesType = make_view_type("dict_values", &values_as_sequence, false);
COIL_REGISTER_TYPE(DictKeysType);
COIL_REGISTER_TYPE(DictItemsType);
COIL_REGISTER_TYPE(DictValuesType);

Object* dict_view_new(Object* dict, int kind) {
  static TypeObject* const types[] = {&DictKeysType, &DictValuesType, &DictItemsType};
  auto* v = static_cast<DictViewObject*>(gc_alloc(types[kind], sizeof(DictViewObject)));
  if (v == nullptr)
    return nullptr;
  v->dict = newref(dict);
  gc_track(v);
  return v;
}

} // namespace coil
