// tuple and tuple_iterator.
//
// Invariants
// - The empty exact tuple is a shared object created on first use and never
//   freed (tuple_new(0) returns a new reference to it).
// - Tuples are GC-tracked from creation; their slots may be nullptr while a
//   fresh tuple is being filled (traverse/dealloc tolerate that).
// - Layout as CPython: basicsize 24 (header + size), itemsize 8, so
//   __sizeof__ matches.
// - Hash is CPython 3.11's xxHash-based combination of the item hashes.
#include <climits>
#include <cstddef>

#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/object.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/range.h"
#include "runtime/objects/repr_guard.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/runtime.h"
#include "runtime/stack_guard.h"

namespace coil {

namespace {

constexpr ssize TUPLE_HEADER = ssize(sizeof(VarObject));
constexpr ssize MAX_TUPLE = (PTRDIFF_MAX - TUPLE_HEADER) / ssize(sizeof(Object*)) - 16;

Object* empty_tuple = nullptr;

Object* tuple_alloc(TypeObject* type, ssize n) {
  if (n < 0)
    return err_bad_internal_call("tuple_alloc");
  if (n > MAX_TUPLE)
    return err_no_memory();
  Object* t;
  if (type == &TupleType)
    t = gc_alloc(type, TUPLE_HEADER + n * ssize(sizeof(Object*)));
  else
    t = type_generic_alloc(type, n);
  if (t == nullptr)
    return nullptr;
  static_cast<TupleObject*>(t)->size = n;
  return t;
}

} // namespace

Object* tuple_new(ssize n) {
  if (n == 0)
    return tuple_empty();
  Object* t = tuple_alloc(&TupleType, n);
  if (t)
    gc_track(t);
  return t;
}

Object* tuple_empty() {
  if (empty_tuple == nullptr) {
    empty_tuple = tuple_alloc(&TupleType, 0);
    if (empty_tuple == nullptr)
      return nullptr;
    // Statically allocated in CPython 3.11: never deallocated.
    empty_tuple->refcnt = STATIC_REFCNT;
  }
  return newref(empty_tuple);
}

Object* tuple_pack(std::initializer_list<Object*> items) {
  Object* t = tuple_new(ssize(items.size()));
  if (t == nullptr)
    return nullptr;
  ssize i = 0;
  for (Object* o : items)
    tuple_set(t, i++, newref(o));
  return t;
}

Object* tuple_from_array(Object* const* items, ssize n) {
  Object* t = tuple_new(n);
  if (t == nullptr)
    return nullptr;
  for (ssize i = 0; i < n; ++i)
    tuple_set(t, i, newref(items[i]));
  return t;
}

Object* tuple_slice(Object* t, ssize start, ssize stop) {
  ssize n = tuple_size(t);
  if (start < 0)
    start = 0;
  if (stop > n)
    stop = n;
  if (stop < start)
    stop = start;
  if (start == 0 && stop == n && tuple_check_exact(t))
    return newref(t);
  return tuple_from_array(tuple_items(t) + start, stop - start);
}

namespace {

void tuple_dealloc(Object* o) {
  gc_untrack(o);
  if (!trashcan_begin(o))
    return;
  auto* t = static_cast<TupleObject*>(o);
  for (ssize i = t->size; --i >= 0;)
    xdecref(t->items[i]);
  free_instance(o);
  trashcan_end();
}

int tuple_traverse(Object* o, VisitFn visit, void* arg) {
  auto* t = static_cast<TupleObject*>(o);
  for (ssize i = t->size; --i >= 0;) {
    if (t->items[i]) {
      int r = visit(t->items[i], arg);
      if (r)
        return r;
    }
  }
  return 0;
}

Object* tuple_repr(Object* o) {
  ssize n = tuple_size(o);
  if (n == 0)
    return str_from_ascii("()");
  int r = repr_enter(o);
  if (r != 0)
    return r > 0 ? str_from_ascii("(...)") : nullptr;
  StrBuilder b;
  b.append_ascii('(');
  for (ssize i = 0; i < tuple_size(o); ++i) {
    if (i > 0)
      b.append_utf8(", ");
    Object* s = object_repr(tuple_get(o, i));
    if (s == nullptr) {
      repr_leave(o);
      return nullptr;
    }
    b.append(s);
    decref(s);
  }
  if (n == 1)
    b.append_ascii(',');
  b.append_ascii(')');
  repr_leave(o);
  return b.finish();
}

// CPython 3.11's tuple hash (xxHash's round and finalisation constants).
constexpr uint64_t XXPRIME_1 = 11400714785074694791ULL;
constexpr uint64_t XXPRIME_2 = 14029467366897019727ULL;
constexpr uint64_t XXPRIME_5 = 2870177450012600261ULL;

hash_t tuple_hash(Object* o) {
  ssize n = tuple_size(o);
  // Nested tuples hash recursively in C: stop before the native stack ends.
  if (n > 0 && stack_check(ThreadState::current(), " while calling a Python object") < 0)
    return -1;
  uint64_t acc = XXPRIME_5;
  for (ssize i = 0; i < n; ++i) {
    hash_t h = object_hash(tuple_get(o, i));
    if (h == -1)
      return -1;
    acc += uint64_t(h) * XXPRIME_2;
    acc = (acc << 31) | (acc >> 33);
    acc *= XXPRIME_1;
  }
  acc += uint64_t(n) ^ (XXPRIME_5 ^ 3527539ULL);
  if (acc == uint64_t(-1))
    return 1546275796;
  return hash_t(acc);
}

ssize tuple_length(Object* o) {
  return tuple_size(o);
}

Object* tuple_item(Object* o, ssize i) {
  if (i < 0 || i >= tuple_size(o))
    return err_set_string(IndexError, "tuple index out of range");
  return newref(tuple_get(o, i));
}

int tuple_contains(Object* o, Object* v) {
  for (ssize i = 0; i < tuple_size(o); ++i) {
    int r = object_richcompare_bool(tuple_get(o, i), v, CMP_EQ);
    if (r != 0)
      return r;
  }
  return 0;
}

Object* tuple_concat(Object* a, Object* b) {
  if (!tuple_check(b))
    return err_format(TypeError, "can only concatenate tuple (not \"{}\") to tuple", type_name_of(b));
  ssize na = tuple_size(a), nb = tuple_size(b);
  if (nb == 0 && tuple_check_exact(a))
    return newref(a);
  if (na == 0 && tuple_check_exact(b))
    return newref(b);
  if (na > MAX_TUPLE - nb)
    return err_no_memory();
  Object* t = tuple_new(na + nb);
  if (t == nullptr)
    return nullptr;
  for (ssize i = 0; i < na; ++i)
    tuple_set(t, i, newref(tuple_get(a, i)));
  for (ssize i = 0; i < nb; ++i)
    tuple_set(t, na + i, newref(tuple_get(b, i)));
  return t;
}

Object* tuple_repeat(Object* o, ssize n) {
  ssize size = tuple_size(o);
  if (size == 0 || n == 1) {
    if (tuple_check_exact(o))
      return newref(o);
  }
  if (size == 0 || n <= 0)
    return tuple_empty();
  if (n > MAX_TUPLE / size)
    return err_no_memory();
  Object* t = tuple_new(size * n);
  if (t == nullptr)
    return nullptr;
  ssize k = 0;
  for (ssize r = 0; r < n; ++r)
    for (ssize i = 0; i < size; ++i)
      tuple_set(t, k++, newref(tuple_get(o, i)));
  return t;
}

Object* tuple_subscript(Object* o, Object* key) {
  if (int_check(key) || (key->type->as_number && key->type->as_number->index)) {
    ssize i = number_as_ssize(key, IndexError);
    if (i == -1 && err_occurred())
      return nullptr;
    if (i < 0)
      i += tuple_size(o);
    return tuple_item(o, i);
  }
  if (slice_check(key)) {
    ssize start, stop, step;
    if (slice_unpack(key, &start, &stop, &step) < 0)
      return nullptr;
    ssize len = slice_adjust_indices(tuple_size(o), &start, &stop, step);
    if (len <= 0)
      return tuple_empty();
    if (step == 1)
      return tuple_slice(o, start, stop);
    Object* t = tuple_new(len);
    if (t == nullptr)
      return nullptr;
    for (ssize i = 0, cur = start; i < len; ++i, cur += step)
      tuple_set(t, i, newref(tuple_get(o, cur)));
    return t;
  }
  return err_format(TypeError, "tuple indices must be integers or slices, not {}", type_name_of(key));
}

Object* tuple_richcompare(Object* a, Object* b, int op) {
  if (!tuple_check(a) || !tuple_check(b))
    return newref(NotImplemented);
  ssize na = tuple_size(a), nb = tuple_size(b);
  ssize i = 0;
  for (; i < na && i < nb; ++i) {
    int r = object_richcompare_bool(tuple_get(a, i), tuple_get(b, i), CMP_EQ);
    if (r < 0)
      return nullptr;
    if (!r)
      break;
  }
  if (i >= na || i >= nb) {
    bool res = false;
    switch (op) {
    case CMP_LT:
      res = na < nb;
      break;
    case CMP_LE:
      res = na <= nb;
      break;
    case CMP_EQ:
      res = na == nb;
      break;
    case CMP_NE:
      res = na != nb;
      break;
    case CMP_GT:
      res = na > nb;
      break;
    case CMP_GE:
      res = na >= nb;
      break;
    }
    return bool_from(res);
  }
  if (op == CMP_EQ)
    return bool_from(false);
  if (op == CMP_NE)
    return bool_from(true);
  return object_richcompare(tuple_get(a, i), tuple_get(b, i), op);
}

Object* tuple_iter(Object* o);

// tuple(iterable=()), also for subclasses.
Object* tuple_new_impl(TypeObject* type, Object* iterable) {
  if (type != &TupleType) {
    Object* tmp = tuple_new_impl(&TupleType, iterable);
    if (tmp == nullptr)
      return nullptr;
    ssize n = tuple_size(tmp);
    Object* t = tuple_alloc(type, n);
    if (t == nullptr) {
      decref(tmp);
      return nullptr;
    }
    for (ssize i = 0; i < n; ++i)
      tuple_set(t, i, newref(tuple_get(tmp, i)));
    decref(tmp);
    gc_track(t);
    return t;
  }
  if (iterable == nullptr)
    return tuple_empty();
  if (tuple_check_exact(iterable))
    return newref(iterable);
  return sequence_tuple(iterable);
}

Object* tuple_type_new(TypeObject* type, Object* args, Object* kwargs) {
  if (type == &TupleType && !check_no_kwargs("tuple", kwargs))
    return nullptr;
  ssize nargs = args ? tuple_size(args) : 0;
  if (!check_positional("tuple", nargs, 0, 1))
    return nullptr;
  return tuple_new_impl(type, nargs ? tuple_get(args, 0) : nullptr);
}

Object* tuple_type_vectorcall(Object* type, Object* const* args, size_t nargsf, Object* kwnames) {
  if (kwnames && tuple_size(kwnames))
    return err_set_string(TypeError, "tuple() takes no keyword arguments");
  ssize nargs = vectorcall_nargs(nargsf);
  if (!check_positional("tuple", nargs, 0, 1))
    return nullptr;
  return tuple_new_impl(reinterpret_cast<TypeObject*>(type), nargs ? args[0] : nullptr);
}

Object* tuple_count(Object* self, Object* v) {
  ssize count = 0;
  for (ssize i = 0; i < tuple_size(self); ++i) {
    int r = object_richcompare_bool(tuple_get(self, i), v, CMP_EQ);
    if (r < 0)
      return nullptr;
    count += r;
  }
  return int_from_i64(count);
}

Object* tuple_index(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("index", nargs, 1, 3))
    return nullptr;
  ssize start = 0, stop = PTRDIFF_MAX;
  if (nargs > 1 && !eval_slice_index(args[1], &start))
    return nullptr;
  if (nargs > 2 && !eval_slice_index(args[2], &stop))
    return nullptr;
  ssize n = tuple_size(self);
  if (start < 0) {
    start += n;
    if (start < 0)
      start = 0;
  }
  if (stop < 0)
    stop += n;
  for (ssize i = start; i < stop && i < tuple_size(self); ++i) {
    int r = object_richcompare_bool(tuple_get(self, i), args[0], CMP_EQ);
    if (r < 0)
      return nullptr;
    if (r)
      return int_from_i64(i);
  }
  return err_set_string(ValueError, "tuple.index(x): x not in tuple");
}

Object* tuple_getnewargs(Object* self, Object*) {
  Object* copy = tuple_slice(self, 0, tuple_size(self));
  if (copy == nullptr)
    return nullptr;
  Object* r = tuple_pack({copy});
  decref(copy);
  return r;
}

Object* tuple_sizeof(Object* self, Object*) {
  return int_from_i64(self->type->basicsize + tuple_size(self) * self->type->itemsize);
}

SequenceMethods tuple_as_sequence = {
    .length = tuple_length,
    .concat = tuple_concat,
    .repeat = tuple_repeat,
    .item = tuple_item,
    .contains = tuple_contains,
};

MappingMethods tuple_as_mapping = {
    .length = tuple_length,
    .subscript = tuple_subscript,
};

MethodDef tuple_methods[] = {
    {"__getnewargs__", tuple_getnewargs, METH_NOARGS,
     "Return the arguments for object creation when unpickling."},
    {"__sizeof__", tuple_sizeof, METH_NOARGS, "Return the size of the object in memory, in bytes."},
    {"index", reinterpret_cast<MethodFn>(tuple_index), METH_FASTCALL, "Return the first index of value."},
    {"count", tuple_count, METH_O, "Return the number of occurrences of value."},
    {nullptr, nullptr, 0, nullptr},
};

// ---------------------------------------------------------------- iterator

struct TupleIterObject : Object {
  ssize index;
  Object* seq; // nullptr once exhausted
};

void tupleiter_dealloc(Object* o) {
  gc_untrack(o);
  xdecref(static_cast<TupleIterObject*>(o)->seq);
  container_gc_free(o);
}

int tupleiter_traverse(Object* o, VisitFn visit, void* arg) {
  Object* s = static_cast<TupleIterObject*>(o)->seq;
  return s ? visit(s, arg) : 0;
}

Object* tupleiter_next(Object* o) {
  auto* it = static_cast<TupleIterObject*>(o);
  if (it->seq == nullptr)
    return nullptr;
  if (it->index < tuple_size(it->seq))
    return newref(tuple_get(it->seq, it->index++));
  clear_ref(it->seq);
  return nullptr;
}

Object* tupleiter_length_hint(Object* o, Object*) {
  auto* it = static_cast<TupleIterObject*>(o);
  ssize n = it->seq ? tuple_size(it->seq) - it->index : 0;
  return int_from_i64(n < 0 ? 0 : n);
}

Object* tupleiter_reduce(Object* o, Object*) {
  auto* it = static_cast<TupleIterObject*>(o);
  Object* iter = builtin_named("iter");
  if (!iter)
    return nullptr;
  return it->seq ? iter_reduce_indexed(iter, it->seq, it->index) : iter_reduce_exhausted(tuple_new(0));
}

Object* tupleiter_setstate(Object* o, Object* state) {
  auto* it = static_cast<TupleIterObject*>(o);
  ssize i;
  if (!iter_state_index(state, 0, it->seq ? tuple_size(it->seq) : 0, &i))
    return nullptr;
  if (it->seq)
    it->index = i;
  return newref(None);
}

MethodDef tupleiter_methods[] = {
    {"__length_hint__", tupleiter_length_hint, METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", tupleiter_reduce, METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", tupleiter_setstate, METH_O, "Set state information for unpickling."},
    {nullptr, nullptr, 0, nullptr},
};

} // namespace

TypeObject TupleIterType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "tuple_iterator";
  t.basicsize = sizeof(TupleIterObject);
  t.dealloc = tupleiter_dealloc;
  t.getattro = object_generic_getattr;
  t.flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLETYPE | TPFLAG_DISALLOW_INSTANTIATION;
  t.traverse = tupleiter_traverse;
  t.iter = [](Object* o) -> Object* { return newref(o); };
  t.iternext = tupleiter_next;
  t.methods = tupleiter_methods;
  t.free_ = container_gc_free;
  return t;
}();
COIL_REGISTER_TYPE(TupleIterType);

namespace {
Object* tuple_iter(Object* o) {
  auto* it = static_cast<TupleIterObject*>(gc_alloc(&TupleIterType, sizeof(TupleIterObject)));
  if (it == nullptr)
    return nullptr;
  it->index = 0;
  it->seq = newref(o);
  gc_track(it);
  return it;
}
} // namespace

TypeObject TupleType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "tuple";
  t.basicsize = TUPLE_HEADER;
  t.itemsize = sizeof(Object*);
  t.dealloc = tuple_dealloc;
  t.repr = tuple_repr;
  t.as_sequence = &tuple_as_sequence;
  t.as_mapping = &tuple_as_mapping;
  t.hash = tuple_hash;
  t.getattro = object_generic_getattr;
  t.flags = TPFLAG_HAVE_GC | TPFLAG_BASETYPE | TPFLAG_TUPLE_SUBCLASS | TPFLAG_SEQUENCE | TPFLAG_IMMUTABLETYPE;
  t.doc = "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\n"
          "If iterable is specified the tuple is initialized from iterable's items.\n\n"
          "If the argument is a tuple, the return value is the same object.";
  t.traverse = tuple_traverse;
  t.richcompare = tuple_richcompare;
  t.iter = tuple_iter;
  t.methods = tuple_methods;
  t.new_ = tuple_type_new;
  t.free_ = container_gc_free;
  t.vectorcall = tuple_type_vectorcall;
  return t;
}();
COIL_REGISTER_TYPE(TupleType);

} // namespace coil
