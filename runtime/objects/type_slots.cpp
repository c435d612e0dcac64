// The slot table linking C slots and Python dunders, in both directions:
// - static types: every filled slot gets a wrapper_descriptor in the type
//   dict (int.__add__, list.__len__...), added by type_ready;
// - heap types: a slot whose dunder is defined in Python points at a
//   generic function that looks the dunder up on the type and calls it
//   (binary operators implement CPython's reflected-operand protocol); a
//   slot whose dunder resolves to a wrapper of the same slot reuses the C
//   function directly (so subclasses of int add as fast as int).
//
// Invariants
// - The table order is CPython's slotdefs order (it decides which wrapper
//   wins for names fed by several slots, and the order of a static type's
//   dict).
// - For heap types, as_number/as_sequence/as_mapping point at the storage
//   inside HeapTypeObject, so slots can be rewritten per class.
// - Slot functions for heap types never assume the dunder still exists: a
//   missing one raises AttributeError (or yields NotImplemented for
//   operators), as CPython.
#pragma GCC diagnostic ignored "-Winvalid-offsetof"

#include <fmt/format.h>

#include <cstddef>
#include <vector>

#include "runtime/errors.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type_impl.h"

namespace coil {

using namespace type_impl;

// ---------------------------------------------------------------- helpers

// Immortal interned name for a table entry, created on first use.
static Object* cached_name(Object*& slot, const char* s) {
  if (!slot)
    slot = str_static(s);
  return slot;
}

// Calls `name` on self if the type defines it, else returns NotImplemented.
static Object* call_maybe(Object* self, Object* name, Object* const* args, ssize nargs) {
  bool found;
  Object* r = call_special(self, name, args, nargs, &found);
  if (!found)
    return newref(NotImplemented);
  return r;
}

static Object* call_required(Object* self, Object* name, Object* const* args, ssize nargs) {
  return call_special_required(self, name, args, nargs);
}

// func(self, *args, **kwargs) with args a tuple and kwargs a dict or nullptr.
static Object* call_with_self(Object* func, Object* self, Object* args, Object* kwargs) {
  ssize nargs = args ? tuple_size(args) : 0;
  ssize nkw = kwargs ? dict_size(kwargs) : 0;
  Object* small[10];
  std::vector<Object*> big;
  Object** stack = small;
  if (nargs + nkw + 2 > 10) {
    big.resize(static_cast<size_t>(nargs + nkw + 2));
    stack = big.data();
  }
  stack[1] = self;
  for (ssize i = 0; i < nargs; i++)
    stack[i + 2] = tuple_get(args, i);
  Object* kwnames = nullptr;
  if (nkw) {
    kwnames = tuple_new(nkw);
    if (!kwnames)
      return nullptr;
    ssize pos = 0, i = 0;
    Object *k, *v;
    while (dict_next(kwargs, &pos, &k, &v)) {
      tuple_set(kwnames, i, newref(k));
      stack[nargs + 2 + i] = v;
      i++;
    }
  }
  Object* r = object_vectorcall(func, stack + 1, static_cast<size_t>(nargs + 1) | VECTORCALL_ARGUMENTS_OFFSET,
                                kwnames);
  xdecref(kwnames);
  return r;
}

static bool method_is_overloaded(TypeObject* left, TypeObject* right, Object* name) {
  Object* b = type_lookup(right, name);
  if (!b)
    return false;
  Object* a = type_lookup(left, name);
  if (!a)
    return true;
  return a != b;
}

// ---------------------------------------------------------------- binary operator slots

namespace {
struct BinOp {
  const char* lname;
  const char* rname;
  size_t offset; // in NumberMethods
};
} // namespace

#define COIL_NB(field) offsetof(NumberMethods, field)
static const BinOp binops[] = {
    {"__add__", "__radd__", COIL_NB(add)},
    {"__sub__", "__rsub__", COIL_NB(subtract)},
    {"__mul__", "__rmul__", COIL_NB(multiply)},
    {"__mod__", "__rmod__", COIL_NB(remainder)},
    {"__divmod__", "__rdivmod__", COIL_NB(divmod)},
    {"__lshift__", "__rlshift__", COIL_NB(lshift)},
    {"__rshift__", "__rrshift__", COIL_NB(rshift)},
    {"__and__", "__rand__", COIL_NB(and_)},
    {"__xor__", "__rxor__", COIL_NB(xor_)},
    {"__or__", "__ror__", COIL_NB(or_)},
    {"__floordiv__", "__rfloordiv__", COIL_NB(floor_divide)},
    {"__truediv__", "__rtruediv__", COIL_NB(true_divide)},
    {"__matmul__", "__rmatmul__", COIL_NB(matrix_multiply)},
    {"__pow__", "__rpow__", COIL_NB(power)},
};
enum {
  OP_ADD,
  OP_SUB,
  OP_MUL,
  OP_MOD,
  OP_DIVMOD,
  OP_LSHIFT,
  OP_RSHIFT,
  OP_AND,
  OP_XOR,
  OP_OR,
  OP_FLOORDIV,
  OP_TRUEDIV,
  OP_MATMUL,
  OP_POW
};

static void* number_slot(TypeObject* t, size_t offset) {
  if (!t->as_number)
    return nullptr;
  return *reinterpret_cast<void**>(reinterpret_cast<char*>(t->as_number) + offset);
}

static Object* binary_slot_impl(int op, void* self_fn, Object* self, Object* other) {
  const BinOp& b = binops[op];
  static Object* lnames[sizeof(binops) / sizeof(binops[0])];
  static Object* rnames[sizeof(binops) / sizeof(binops[0])];
  Object* lname = cached_name(lnames[op], b.lname);
  Object* rname = cached_name(rnames[op], b.rname);
  TypeObject* ts = self->type;
  TypeObject* to = other->type;
  bool do_other = ts != to && number_slot(to, b.offset) == self_fn;
  if (number_slot(ts, b.offset) == self_fn) {
    if (do_other && type_is_subtype(to, ts) && method_is_overloaded(ts, to, rname)) {
      Object* args[1] = {self};
      Object* r = call_maybe(other, rname, args, 1);
      if (r != NotImplemented)
        return r;
      decref(r);
      do_other = false;
    }
    Object* args[1] = {other};
    Object* r = call_maybe(self, lname, args, 1);
    if (!r || r != NotImplemented || ts == to)
      return r;
    decref(r);
  }
  if (do_other) {
    Object* args[1] = {self};
    return call_maybe(other, rname, args, 1);
  }
  return newref(NotImplemented);
}

template <int OP> static Object* slot_binary(Object* self, Object* other) {
  return binary_slot_impl(OP, reinterpret_cast<void*>(&slot_binary<OP>), self, other);
}

static Object* slot_nb_power(Object* self, Object* other, Object* mod) {
  if (!mod || mod == None)
    return binary_slot_impl(OP_POW, reinterpret_cast<void*>(&slot_nb_power), self, other);
  // Three-argument power never tries the reflected method.
  if (number_slot(self->type, COIL_NB(power)) == reinterpret_cast<void*>(&slot_nb_power)) {
    Object* args[2] = {other, mod};
    return call_maybe(self, COIL_NAME("__pow__"), args, 2);
  }
  return newref(NotImplemented);
}

// In-place operators: call the dunder (it exists when the slot is set).
static const char* const inplace_names[] = {"__iadd__",    "__isub__",      "__imul__",     "__imod__",
                                            "__ilshift__", "__irshift__",   "__iand__",     "__ixor__",
                                            "__ior__",     "__ifloordiv__", "__itruediv__", "__imatmul__"};
enum {
  IOP_ADD,
  IOP_SUB,
  IOP_MUL,
  IOP_MOD,
  IOP_LSHIFT,
  IOP_RSHIFT,
  IOP_AND,
  IOP_XOR,
  IOP_OR,
  IOP_FLOORDIV,
  IOP_TRUEDIV,
  IOP_MATMUL
};

template <int OP> static Object* slot_inplace(Object* self, Object* other) {
  Object* args[1] = {other};
  static Object* name;
  return call_required(self, cached_name(name, inplace_names[OP]), args, 1);
}

static Object* slot_nb_inplace_power(Object* self, Object* other, Object*) {
  Object* args[1] = {other};
  return call_required(self, COIL_NAME("__ipow__"), args, 1);
}

static const char* const unary_names[] = {"__neg__", "__pos__",   "__abs__",  "__invert__",
                                          "__int__", "__float__", "__index__"};
enum { UOP_NEG, UOP_POS, UOP_ABS, UOP_INVERT, UOP_INT, UOP_FLOAT, UOP_INDEX };

template <int OP> static Object* slot_unary(Object* self) {
  static Object* name;
  return call_required(self, cached_name(name, unary_names[OP]), nullptr, 0);
}

static int slot_nb_bool(Object* self) {
  bool found;
  Object* r = call_special(self, COIL_NAME("__bool__"), nullptr, 0, &found);
  bool using_len = false;
  if (!found) {
    r = call_special(self, COIL_NAME("__len__"), nullptr, 0, &found);
    if (!found)
      return 1;
    using_len = true;
  }
  if (!r)
    return -1;
  int result;
  if (using_len) {
    result = object_is_true(r);
  } else if (bool_check(r)) {
    result = r == True;
  } else {
    err_format(TypeError, "__bool__ should return bool, returned {}", type_name_of(r));
    result = -1;
  }
  decref(r);
  return result;
}

// ---------------------------------------------------------------- sequence / mapping slots

static ssize slot_sq_length(Object* self) {
  Object* r = call_required(self, COIL_NAME("__len__"), nullptr, 0);
  if (!r)
    return -1;
  Object* idx = number_index(r);
  decref(r);
  if (!idx)
    return -1;
  if (int_sign(idx) < 0) {
    decref(idx);
    err_set_string(ValueError, "__len__() should return >= 0");
    return -1;
  }
  ssize n = number_as_ssize(idx, OverflowError);
  decref(idx);
  return n;
}

static Object* slot_sq_item(Object* self, ssize i) {
  Object* idx = int_from_i64(i);
  if (!idx)
    return nullptr;
  Object* args[1] = {idx};
  Object* r = call_required(self, COIL_NAME("__getitem__"), args, 1);
  decref(idx);
  return r;
}

static int slot_sq_ass_item(Object* self, ssize i, Object* value) {
  Object* idx = int_from_i64(i);
  if (!idx)
    return -1;
  Object* r;
  if (value) {
    Object* args[2] = {idx, value};
    r = call_required(self, COIL_NAME("__setitem__"), args, 2);
  } else {
    Object* args[1] = {idx};
    r = call_required(self, COIL_NAME("__delitem__"), args, 1);
  }
  decref(idx);
  if (!r)
    return -1;
  decref(r);
  return 0;
}

static int slot_sq_contains(Object* self, Object* value) {
  Object* attr = type_lookup(self->type, COIL_NAME("__contains__"));
  if (attr == None) {
    err_format(TypeError, "'{}' object is not a container", type_name_of(self));
    return -1;
  }
  if (attr) {
    Object* args[1] = {value};
    Object* r = call_required(self, COIL_NAME("__contains__"), args, 1);
    if (!r)
      return -1;
    int t = object_is_true(r);
    decref(r);
    return t;
  }
  // Fall back to iteration, as `in` does without __contains__.
  Object* it = object_get_iter(self);
  if (!it)
    return -1;
  for (;;) {
    Object* item = iter_next(it);
    if (!item) {
      decref(it);
      return err_occurred() ? -1 : 0;
    }
    int eq = item == value ? 1 : object_richcompare_bool(item, value, CMP_EQ);
    decref(item);
    if (eq != 0) {
      decref(it);
      return eq;
    }
  }
}

static Object* slot_mp_subscript(Object* self, Object* key) {
  Object* args[1] = {key};
  return call_required(self, COIL_NAME("__getitem__"), args, 1);
}

static int slot_mp_ass_subscript(Object* self, Object* key, Object* value) {
  Object* r;
  if (value) {
    Object* args[2] = {key, value};
    r = call_required(self, COIL_NAME("__setitem__"), args, 2);
  } else {
    Object* args[1] = {key};
    r = call_required(self, COIL_NAME("__delitem__"), args, 1);
  }
  if (!r)
    return -1;
  decref(r);
  return 0;
}

// ---------------------------------------------------------------- type slots

static Object* slot_tp_repr(Object* self) {
  bool found;
  Object* r = call_special(self, COIL_NAME("__repr__"), nullptr, 0, &found);
  if (!found)
    return object_generic_repr(self);
  return r;
}

static Object* slot_tp_str(Object* self) {
  return call_required(self, COIL_NAME("__str__"), nullptr, 0);
}

static hash_t slot_tp_hash(Object* self) {
  Object* attr = type_lookup(self->type, COIL_NAME("__hash__"));
  if (!attr || attr == None)
    return object_hash_not_implemented(self);
  Object* r = call_required(self, COIL_NAME("__hash__"), nullptr, 0);
  if (!r)
    return -1;
  if (!int_check(r)) {
    decref(r);
    err_set_string(TypeError, "__hash__ method should return an integer");
    return -1;
  }
  bool overflow;
  hash_t h = int_as_i64(r, &overflow);
  if (overflow)
    h = int_hash_value(r);
  decref(r);
  return h == -1 ? -2 : h;
}

static Object* slot_tp_call(Object* self, Object* args, Object* kwargs) {
  Object* attr = type_lookup(self->type, COIL_NAME("__call__"));
  if (!attr)
    return err_format(TypeError, "'{}' object is not callable", type_name_of(self));
  incref(attr);
  Object* r;
  if (function_check(attr) || type_has_flag(attr->type, TPFLAG_METHOD_DESCRIPTOR)) {
    r = call_with_self(attr, self, args, kwargs);
  } else {
    Object* bound = attr->type->descr_get ? attr->type->descr_get(attr, self, self->type) : newref(attr);
    r = bound ? object_call(bound, args, kwargs) : nullptr;
    xdecref(bound);
  }
  decref(attr);
  return r;
}

static Object* slot_tp_getattr_hook(Object* self, Object* name) {
  TypeObject* tp = self->type;
  Object* getattr = type_lookup(tp, COIL_NAME("__getattr__"));
  Object* getattribute = type_lookup(tp, COIL_NAME("__getattribute__"));
  xincref(getattr);
  Object* res;
  if (!getattribute ||
      (getattribute->type == &WrapperDescrType && static_cast<WrapperDescrObject*>(getattribute)->wrapped ==
                                                      reinterpret_cast<void*>(&object_generic_getattr))) {
    res = object_generic_getattr(self, name);
  } else {
    Object* args[1] = {name};
    res = call_required(self, COIL_NAME("__getattribute__"), args, 1);
  }
  if (!res && getattr && err_matches(AttributeError)) {
    err_clear();
    Object* args[1] = {name};
    res = call_required(self, COIL_NAME("__getattr__"), args, 1);
  }
  xdecref(getattr);
  return res;
}

static int slot_tp_setattro(Object* self, Object* name, Object* value) {
  Object* r;
  if (value) {
    Object* args[2] = {name, value};
    r = call_required(self, COIL_NAME("__setattr__"), args, 2);
  } else {
    Object* args[1] = {name};
    r = call_required(self, COIL_NAME("__delattr__"), args, 1);
  }
  if (!r)
    return -1;
  decref(r);
  return 0;
}

static const char* const richcmp_names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

static Object* slot_tp_richcompare(Object* self, Object* other, int op) {
  Object* args[1] = {other};
  static Object* names[6];
  return call_maybe(self, cached_name(names[op], richcmp_names[op]), args, 1);
}

static Object* slot_tp_iter(Object* self) {
  Object* attr = type_lookup(self->type, COIL_NAME("__iter__"));
  if (attr == None)
    return err_format(TypeError, "'{}' object is not iterable", type_name_of(self));
  return call_required(self, COIL_NAME("__iter__"), nullptr, 0);
}

static Object* slot_tp_iternext(Object* self) {
  Object* r = call_required(self, COIL_NAME("__next__"), nullptr, 0);
  if (!r && err_matches(StopIteration))
    err_clear();
  return r;
}

static Object* slot_tp_descr_get(Object* self, Object* obj, Object* type) {
  if (!type_lookup(self->type, COIL_NAME("__get__")))
    return newref(self);
  Object* args[2] = {obj ? obj : None, type ? type : None};
  return call_required(self, COIL_NAME("__get__"), args, 2);
}

static int slot_tp_descr_set(Object* self, Object* target, Object* value) {
  Object* r;
  if (value) {
    Object* args[2] = {target, value};
    r = call_required(self, COIL_NAME("__set__"), args, 2);
  } else {
    Object* args[1] = {target};
    r = call_required(self, COIL_NAME("__delete__"), args, 1);
  }
  if (!r)
    return -1;
  decref(r);
  return 0;
}

static int slot_tp_init(Object* self, Object* args, Object* kwargs) {
  Object* attr = type_lookup(self->type, COIL_NAME("__init__"));
  if (!attr) {
    err_set_object(AttributeError, COIL_NAME("__init__"));
    return -1;
  }
  incref(attr);
  Object* r;
  if (function_check(attr) || type_has_flag(attr->type, TPFLAG_METHOD_DESCRIPTOR)) {
    r = call_with_self(attr, self, args, kwargs);
  } else {
    Object* bound = attr->type->descr_get ? attr->type->descr_get(attr, self, self->type) : newref(attr);
    r = bound ? object_call(bound, args, kwargs) : nullptr;
    xdecref(bound);
  }
  decref(attr);
  if (!r)
    return -1;
  if (r != None) {
    err_format(TypeError, "__init__() should return None, not '{}'", type_name_of(r));
    decref(r);
    return -1;
  }
  decref(r);
  return 0;
}

static Object* slot_tp_new(TypeObject* type, Object* args, Object* kwargs) {
  Object* func = object_getattr(type, COIL_NAME("__new__"));
  if (!func)
    return nullptr;
  Object* r = call_with_self(func, type, args, kwargs);
  decref(func);
  return r;
}

static void slot_tp_finalize(Object* self) {
  Object* pending = err_fetch();
  Object* del = type_lookup(self->type, COIL_NAME("__del__"));
  if (del) {
    incref(del);
    Object* r = call_required(self, COIL_NAME("__del__"), nullptr, 0);
    if (!r)
      err_write_unraisable(del);
    else
      decref(r);
    decref(del);
  }
  err_restore(pending);
}

// ---------------------------------------------------------------- wrappers (static slots -> dunders)

static int check_num_args(ssize nargs, ssize n) {
  if (nargs == n)
    return 0;
  err_format(TypeError, "expected {} argument{}, got {}", n, n == 1 ? "" : "s", nargs);
  return -1;
}

// The wrappers CPython checks with PyArg_UnpackTuple(args, "", ...): its
// message starts with the empty name (" expected 1 argument, got 0").
static int unpack_tuple_check(ssize nargs, ssize lo, ssize hi) {
  return check_nargs("", nargs, lo, hi);
}

static Object* wrap_unaryfunc(Object* self, Object* const*, ssize nargs, Object*, void* w) {
  if (check_num_args(nargs, 0) < 0)
    return nullptr;
  return reinterpret_cast<UnaryFn>(w)(self);
}

static Object* wrap_next(Object* self, Object* const*, ssize nargs, Object*, void* w) {
  if (check_num_args(nargs, 0) < 0)
    return nullptr;
  Object* r = reinterpret_cast<UnaryFn>(w)(self);
  if (!r && !err_occurred())
    err_set_none(StopIteration);
  return r;
}

static Object* wrap_hashfunc(Object* self, Object* const*, ssize nargs, Object*, void* w) {
  if (check_num_args(nargs, 0) < 0)
    return nullptr;
  hash_t h = reinterpret_cast<HashFn>(w)(self);
  if (h == -1 && err_occurred())
    return nullptr;
  return int_from_i64(h);
}

static Object* wrap_call(Object* self, Object* const* args, ssize nargs, Object* kwnames, void* w) {
  Object *targs, *tkw;
  if (args_to_tuple_dict(args, nargs, kwnames, &targs, &tkw) < 0)
    return nullptr;
  Object* r = reinterpret_cast<TernaryFn>(w)(self, targs, tkw);
  decref(targs);
  xdecref(tkw);
  return r;
}

static Object* wrap_binaryfunc(Object* self, Object* const* args, ssize nargs, Object*, void* w) {
  if (check_num_args(nargs, 1) < 0)
    return nullptr;
  return reinterpret_cast<BinaryFn>(w)(self, args[0]);
}

static Object* wrap_binaryfunc_r(Object* self, Object* const* args, ssize nargs, Object*, void* w) {
  if (check_num_args(nargs, 1) < 0)
    return nullptr;
  return reinterpret_cast<BinaryFn>(w)(args[0], self);
}

static Object* wrap_ternaryfunc(Object* self, Object* const* args, ssize nargs, Object*, void* w) {
  if (unpack_tuple_check(nargs, 1, 2) < 0)
    return nullptr;
  return reinterpret_cast<TernaryFn>(w)(self, args[0], nargs > 1 ? args[1] : None);
}

static Object* wrap_ternaryfunc_r(Object* self, Object* const* args, ssize nargs, Object*, void* w) {
  if (unpack_tuple_check(nargs, 1, 2) < 0)
    return nullptr;
  return reinterpret_cast<TernaryFn>(w)(args[0], self, nargs > 1 ? args[1] : None);
}

static Object* wrap_inquirypred(Object* self, Object* const*, ssize nargs, Object*, void* w) {
  if (check_num_args(nargs, 0) < 0)
    return nullptr;
  int r = reinterpret_cast<InquiryFn>(w)(self);
  if (r < 0)
    return nullptr;
  return bool_from(r != 0);
}

static Object* wrap_lenfunc(Object* self, Object* const*, ssize nargs, Object*, void* w) {
  if (check_num_args(nargs, 0) < 0)
    return nullptr;
  ssize n = reinterpret_cast<LenFn>(w)(self);
  if (n < 0 && err_occurred())
    return nullptr;
  return int_from_i64(n);
}

static Object* wrap_indexargfunc(Object* self, Object* const* args, ssize nargs, Object*, void* w) {
  if (unpack_tuple_check(nargs, 1, 1) < 0)
    return nullptr;
  ssize i = number_as_ssize(args[0], OverflowError);
  if (i == -1 && err_occurred())
    return nullptr;
  return reinterpret_cast<SizeArgFn>(w)(self, i);
}

static ssize getindex(Object* self, Object* arg) {
  ssize i = number_as_ssize(arg, OverflowError);
  if (i == -1 && err_occurred())
    return -1;
  if (i < 0) {
    SequenceMethods* sq = self->type->as_sequence;
    if (sq && sq->length) {
      ssize n = sq->length(self);
      if (n < 0)
        return -1;
      i += n;
    }
  }
  return i;
}

static Object* wrap_sq_item(Object* self, Object* const* args, ssize nargs, Object*, void* w) {
  if (check_num_args(nargs, 1) < 0)
    return nullptr;
  ssize i = getindex(self, args[0]);
  if (i == -1 && err_occurred())
    return nullptr;
  return reinterpret_cast<SizeArgFn>(w)(self, i);
}

static Object* wrap_sq_setitem(Object* self, Object* const* args, ssize nargs, Object*, void* w) {
  if (unpack_tuple_check(nargs, 2, 2) < 0)
    return nullptr;
  ssize i = getindex(self, args[0]);
  if (i == -1 && err_occurred())
    return nullptr;
  if (reinterpret_cast<SizeObjArgFn>(w)(self, i, args[1]) < 0)
    return nullptr;
  return none_new();
}

static Object* wrap_sq_delitem(Object* self, Object* const* args, ssize nargs, Object*, void* w) {
  if (check_num_args(nargs, 1) < 0)
    return nullptr;
  ssize i = getindex(self, args[0]);
  if (i == -1 && err_occurred())
    return nullptr;
  if (reinterpret_cast<SizeObjArgFn>(w)(self, i, nullptr) < 0)
    return nullptr;
  return none_new();
}

static Object* wrap_objobjproc(Object* self, Object* const* args, ssize nargs, Object*, void* w) {
  if (check_num_args(nargs, 1) < 0)
    return nullptr;
  int r = reinterpret_cast<ObjObjFn>(w)(self, args[0]);
  if (r < 0)
    return nullptr;
  return bool_from(r != 0);
}

static Object* wrap_objobjargproc(Object* self, Object* const* args, ssize nargs, Object*, void* w) {
  if (unpack_tuple_check(nargs, 2, 2) < 0)
    return nullptr;
  if (reinterpret_cast<ObjObjArgFn>(w)(self, args[0], args[1]) < 0)
    return nullptr;
  return none_new();
}

static Object* wrap_delitem(Object* self, Object* const* args, ssize nargs, Object*, void* w) {
  if (check_num_args(nargs, 1) < 0)
    return nullptr;
  if (reinterpret_cast<ObjObjArgFn>(w)(self, args[0], nullptr) < 0)
    return nullptr;
  return none_new();
}

// Refuses calls that jump over an intermediate C-level __setattr__ (CPython's
// hackcheck), e.g. object.__setattr__(int, "x", 1).
static bool hackcheck(Object* self, void* func, const char* what) {
  TypeObject* type = self->type;
  Object* mro = type->mro;
  if (!mro)
    return true;
  auto slot = reinterpret_cast<SetAttrFn>(&slot_tp_setattro);
  TypeObject* defining = type;
  for (ssize i = tuple_size(mro) - 1; i >= 0; i--) {
    auto* base = static_cast<TypeObject*>(tuple_get(mro, i));
    if (base->setattro == slot)
      continue;
    if (base->setattro == type->setattro) {
      defining = base;
      break;
    }
  }
  for (TypeObject* base = defining; base; base = base->base) {
    if (base->setattro == reinterpret_cast<SetAttrFn>(func))
      break;
    if (base->setattro != slot) {
      err_format(TypeError, "can't apply this {} to {} object", what, type_name(type));
      return false;
    }
  }
  return true;
}

static Object* wrap_setattr(Object* self, Object* const* args, ssize nargs, Object*, void* w) {
  if (unpack_tuple_check(nargs, 2, 2) < 0)
    return nullptr;
  if (!hackcheck(self, w, "__setattr__"))
    return nullptr;
  if (reinterpret_cast<SetAttrFn>(w)(self, args[0], args[1]) < 0)
    return nullptr;
  return none_new();
}

static Object* wrap_delattr(Object* self, Object* const* args, ssize nargs, Object*, void* w) {
  if (check_num_args(nargs, 1) < 0)
    return nullptr;
  if (!hackcheck(self, w, "__delattr__"))
    return nullptr;
  if (reinterpret_cast<SetAttrFn>(w)(self, args[0], nullptr) < 0)
    return nullptr;
  return none_new();
}

template <int OP>
static Object* wrap_richcmp(Object* self, Object* const* args, ssize nargs, Object*, void* w) {
  if (check_num_args(nargs, 1) < 0)
    return nullptr;
  return reinterpret_cast<RichCompareFn>(w)(self, args[0], OP);
}

static Object* wrap_descr_get(Object* self, Object* const* args, ssize nargs, Object*, void* w) {
  if (unpack_tuple_check(nargs, 1, 2) < 0)
    return nullptr;
  Object* obj = args[0] == None ? nullptr : args[0];
  Object* type = nargs > 1 && args[1] != None ? args[1] : nullptr;
  if (!obj && !type)
    return err_set_string(TypeError, "__get__(None, None) is invalid");
  return reinterpret_cast<DescrGetFn>(w)(self, obj, type);
}

static Object* wrap_descr_set(Object* self, Object* const* args, ssize nargs, Object*, void* w) {
  if (unpack_tuple_check(nargs, 2, 2) < 0)
    return nullptr;
  if (reinterpret_cast<DescrSetFn>(w)(self, args[0], args[1]) < 0)
    return nullptr;
  return none_new();
}

static Object* wrap_descr_delete(Object* self, Object* const* args, ssize nargs, Object*, void* w) {
  if (check_num_args(nargs, 1) < 0)
    return nullptr;
  if (reinterpret_cast<DescrSetFn>(w)(self, args[0], nullptr) < 0)
    return nullptr;
  return none_new();
}

static Object* wrap_init(Object* self, Object* const* args, ssize nargs, Object* kwnames, void* w) {
  Object *targs, *tkw;
  if (args_to_tuple_dict(args, nargs, kwnames, &targs, &tkw) < 0)
    return nullptr;
  int r = reinterpret_cast<InitFn>(w)(self, targs, tkw);
  decref(targs);
  xdecref(tkw);
  if (r < 0)
    return nullptr;
  return none_new();
}

static Object* wrap_del(Object* self, Object* const*, ssize nargs, Object*, void* w) {
  if (check_num_args(nargs, 0) < 0)
    return nullptr;
  reinterpret_cast<FinalizeFn>(w)(self);
  if (err_occurred())
    return nullptr;
  return none_new();
}

// ---------------------------------------------------------------- the table

template <class F> static void* fnp(F f) {
  return reinterpret_cast<void*>(f);
}
static void* fnp(std::nullptr_t) {
  return nullptr;
}
#define FN(f) fnp(f)
#define TP(name, field, fn, wrap, doc)                                                                       \
  { name, SLOT_TABLE_TYPE, offsetof(TypeObject, field), FN(fn), wrap, doc, 0, nullptr }
#define TPK(name, field, fn, wrap, doc)                                                                      \
  { name, SLOT_TABLE_TYPE, offsetof(TypeObject, field), FN(fn), wrap, doc, SLOTDEF_KEYWORDS, nullptr }
#define NB(name, field, fn, wrap, doc)                                                                       \
  { name, SLOT_TABLE_NUMBER, offsetof(NumberMethods, field), FN(fn), wrap, doc, 0, nullptr }
#define BIN(name, field, op, doc) NB(name, field, &slot_binary<op>, wrap_binaryfunc, doc)
#define RBIN(name, field, op, doc) NB(name, field, &slot_binary<op>, wrap_binaryfunc_r, doc)
#define IBIN(name, field, op, doc) NB(name, field, &slot_inplace<op>, wrap_binaryfunc, doc)
#define UN(name, field, op, doc) NB(name, field, &slot_unary<op>, wrap_unaryfunc, doc)
#define MP(name, field, fn, wrap, doc)                                                                       \
  { name, SLOT_TABLE_MAPPING, offsetof(MappingMethods, field), FN(fn), wrap, doc, 0, nullptr }
#define SQ(name, field, fn, wrap, doc)                                                                       \
  { name, SLOT_TABLE_SEQUENCE, offsetof(SequenceMethods, field), FN(fn), wrap, doc, 0, nullptr }

static SlotDef slotdefs[] = {
    TP("__repr__", repr, slot_tp_repr, wrap_unaryfunc, "Return repr(self)."),
    TP("__hash__", hash, slot_tp_hash, wrap_hashfunc, "Return hash(self)."),
    TPK("__call__", call, slot_tp_call, wrap_call, "Call self as a function."),
    TP("__str__", str, slot_tp_str, wrap_unaryfunc, "Return str(self)."),
    TP("__getattribute__", getattro, slot_tp_getattr_hook, wrap_binaryfunc, "Return getattr(self, name)."),
    TP("__getattr__", getattro, slot_tp_getattr_hook, nullptr, nullptr),
    TP("__setattr__", setattro, slot_tp_setattro, wrap_setattr, "Implement setattr(self, name, value)."),
    TP("__delattr__", setattro, slot_tp_setattro, wrap_delattr, "Implement delattr(self, name)."),
    TP("__lt__", richcompare, slot_tp_richcompare, wrap_richcmp<CMP_LT>, "Return self<value."),
    TP("__le__", richcompare, slot_tp_richcompare, wrap_richcmp<CMP_LE>, "Return self<=value."),
    TP("__eq__", richcompare, slot_tp_richcompare, wrap_richcmp<CMP_EQ>, "Return self==value."),
    TP("__ne__", richcompare, slot_tp_richcompare, wrap_richcmp<CMP_NE>, "Return self!=value."),
    TP("__gt__", richcompare, slot_tp_richcompare, wrap_richcmp<CMP_GT>, "Return self>value."),
    TP("__ge__", richcompare, slot_tp_richcompare, wrap_richcmp<CMP_GE>, "Return self>=value."),
    TP("__iter__", iter, slot_tp_iter, wrap_unaryfunc, "Implement iter(self)."),
    TP("__next__", iternext, slot_tp_iternext, wrap_next, "Implement next(self)."),
    TP("__get__", descr_get, slot_tp_descr_get, wrap_descr_get,
       "Return an attribute of instance, which is of type owner."),
    TP("__set__", descr_set, slot_tp_descr_set, wrap_descr_set, "Set an attribute of instance to value."),
    TP("__delete__", descr_set, slot_tp_descr_set, wrap_descr_delete, "Delete an attribute of instance."),
    TPK("__init__", init, slot_tp_init, wrap_init,
        "Initialize self.  See help(type(self)) for accurate signature."),
    TP("__new__", new_, slot_tp_new, nullptr, nullptr),
    TP("__del__", finalize, slot_tp_finalize, wrap_del, "Called when the instance is about to be destroyed."),
    BIN("__add__", add, OP_ADD, "Return self+value."),
    RBIN("__radd__", add, OP_ADD, "Return value+self."),
    BIN("__sub__", subtract, OP_SUB, "Return self-value."),
    RBIN("__rsub__", subtract, OP_SUB, "Return value-self."),
    BIN("__mul__", multiply, OP_MUL, "Return self*value."),
    RBIN("__rmul__", multiply, OP_MUL, "Return value*self."),
    BIN("__mod__", remainder, OP_MOD, "Return self%value."),
    RBIN("__rmod__", remainder, OP_MOD, "Return value%self."),
    BIN("__divmod__", divmod, OP_DIVMOD, "Return divmod(self, value)."),
    RBIN("__rdivmod__", divmod, OP_DIVMOD, "Return divmod(value, self)."),
    NB("__pow__", power, slot_nb_power, wrap_ternaryfunc, "Return pow(self, value, mod)."),
    NB("__rpow__", power, slot_nb_power, wrap_ternaryfunc_r, "Return pow(value, self, mod)."),
    UN("__neg__", negative, UOP_NEG, "-self"),
    UN("__pos__", positive, UOP_POS, "+self"),
    UN("__abs__", absolute, UOP_ABS, "abs(self)"),
    NB("__bool__", bool_, slot_nb_bool, wrap_inquirypred, "True if self else False"),
    UN("__invert__", invert, UOP_INVERT, "~self"),
    BIN("__lshift__", lshift, OP_LSHIFT, "Return self<<value."),
    RBIN("__rlshift__", lshift, OP_LSHIFT, "Return value<<self."),
    BIN("__rshift__", rshift, OP_RSHIFT, "Return self>>value."),
    RBIN("__rrshift__", rshift, OP_RSHIFT, "Return value>>self."),
    BIN("__and__", and_, OP_AND, "Return self&value."),
    RBIN("__rand__", and_, OP_AND, "Return value&self."),
    BIN("__xor__", xor_, OP_XOR, "Return self^value."),
    RBIN("__rxor__", xor_, OP_XOR, "Return value^self."),
    BIN("__or__", or_, OP_OR, "Return self|value."),
    RBIN("__ror__", or_, OP_OR, "Return value|self."),
    UN("__int__", int_, UOP_INT, "int(self)"),
    UN("__float__", float_, UOP_FLOAT, "float(self)"),
    IBIN("__iadd__", inplace_add, IOP_ADD, "Return self+=value."),
    IBIN("__isub__", inplace_subtract, IOP_SUB, "Return self-=value."),
    IBIN("__imul__", inplace_multiply, IOP_MUL, "Return self*=value."),
    IBIN("__imod__", inplace_remainder, IOP_MOD, "Return self%=value."),
    NB("__ipow__", inplace_power, slot_nb_inplace_power, wrap_binaryfunc, "Return self**=value."),
    IBIN("__ilshift__", inplace_lshift, IOP_LSHIFT, "Return self<<=value."),
    IBIN("__irshift__", inplace_rshift, IOP_RSHIFT, "Return self>>=value."),
    IBIN("__iand__", inplace_and, IOP_AND, "Return self&=value."),
    IBIN("__ixor__", inplace_xor, IOP_XOR, "Return self^=value."),
    IBIN("__ior__", inplace_or, IOP_OR, "Return self|=value."),
    BIN("__floordiv__", floor_divide, OP_FLOORDIV, "Return self//value."),
    RBIN("__rfloordiv__", floor_divide, OP_FLOORDIV, "Return value//self."),
    BIN("__truediv__", true_divide, OP_TRUEDIV, "Return self/value."),
    RBIN("__rtruediv__", true_divide, OP_TRUEDIV, "Return value/self."),
    IBIN("__ifloordiv__", inplace_floor_divide, IOP_FLOORDIV, "Return self//=value."),
    IBIN("__itruediv__", inplace_true_divide, IOP_TRUEDIV, "Return self/=value."),
    UN("__index__", index, UOP_INDEX,
       "Return self converted to an integer, if self is suitable for use as an index into a list."),
    BIN("__matmul__", matrix_multiply, OP_MATMUL, "Return self@value."),
    RBIN("__rmatmul__", matrix_multiply, OP_MATMUL, "Return value@self."),
    IBIN("__imatmul__", inplace_matrix_multiply, IOP_MATMUL, "Return self@=value."),
    MP("__len__", length, slot_sq_length, wrap_lenfunc, "Return len(self)."),
    MP("__getitem__", subscript, slot_mp_subscript, wrap_binaryfunc, "Return self[key]."),
    MP("__setitem__", ass_subscript, slot_mp_ass_subscript, wrap_objobjargproc, "Set self[key] to value."),
    MP("__delitem__", ass_subscript, slot_mp_ass_subscript, wrap_delitem, "Delete self[key]."),
    SQ("__len__", length, slot_sq_length, wrap_lenfunc, "Return len(self)."),
    SQ("__add__", concat, nullptr, wrap_binaryfunc, "Return self+value."),
    SQ("__mul__", repeat, nullptr, wrap_indexargfunc, "Return self*value."),
    SQ("__rmul__", repeat, nullptr, wrap_indexargfunc, "Return value*self."),
    SQ("__getitem__", item, slot_sq_item, wrap_sq_item, "Return self[key]."),
    SQ("__setitem__", ass_item, slot_sq_ass_item, wrap_sq_setitem, "Set self[key] to value."),
    SQ("__delitem__", ass_item, slot_sq_ass_item, wrap_sq_delitem, "Delete self[key]."),
    SQ("__contains__", contains, slot_sq_contains, wrap_objobjproc, "Return key in self."),
    SQ("__iadd__", inplace_concat, nullptr, wrap_binaryfunc, "Implement self+=value."),
    SQ("__imul__", inplace_repeat, nullptr, wrap_indexargfunc, "Implement self*=value."),
};
constexpr size_t NSLOTDEFS = sizeof(slotdefs) / sizeof(slotdefs[0]);

static void init_slotdefs() {
  static bool done = false;
  if (done)
    return;
  for (SlotDef& p : slotdefs)
    p.name_obj = str_static(p.name);
  done = true;
}

// Address of the slot `p` in `type`, or nullptr when the type lacks that sub-table.
static void** slot_ptr(TypeObject* type, const SlotDef& p) {
  char* base;
  switch (p.table) {
  case SLOT_TABLE_TYPE:
    base = reinterpret_cast<char*>(type);
    break;
  case SLOT_TABLE_NUMBER:
    base = reinterpret_cast<char*>(type->as_number);
    break;
  case SLOT_TABLE_SEQUENCE:
    base = reinterpret_cast<char*>(type->as_sequence);
    break;
  case SLOT_TABLE_MAPPING:
    base = reinterpret_cast<char*>(type->as_mapping);
    break;
  default:
    return nullptr;
  }
  if (!base)
    return nullptr;
  return reinterpret_cast<void**>(base + p.offset);
}

int type_add_slot_wrappers(TypeObject* type) {
  init_slotdefs();
  for (SlotDef& p : slotdefs) {
    if (!p.wrapper)
      continue;
    void** ptr = slot_ptr(type, p);
    if (!ptr || !*ptr)
      continue;
    if (dict_getitem(type->dict, p.name_obj))
      continue;
    if (err_occurred())
      return -1;
    if (*ptr == reinterpret_cast<void*>(&object_hash_not_implemented)) {
      if (dict_setitem(type->dict, p.name_obj, None) < 0)
        return -1;
      continue;
    }
    Object* d = descr_new_wrapper(type, &p, *ptr);
    if (!d)
      return -1;
    int r = dict_setitem(type->dict, p.name_obj, d);
    decref(d);
    if (r < 0)
      return -1;
  }
  return 0;
}

// Re-derives the slot fed by the group of slotdefs starting at index `first`
// (all entries with the same table and offset). Returns the next group index.
static void update_one_slot(TypeObject* type, size_t first) {
  const SlotDef& head = slotdefs[first];
  void** ptr = slot_ptr(type, head);
  if (!ptr)
    return;
  void* generic = nullptr;
  void* specific = nullptr;
  bool use_generic = false;
  for (size_t i = first; i < NSLOTDEFS; i++) {
    const SlotDef& p = slotdefs[i];
    if (p.table != head.table || p.offset != head.offset)
      continue;
    Object* descr = type_lookup(type, p.name_obj);
    if (!descr) {
      continue;
    }
    if (descr->type == &WrapperDescrType &&
        static_cast<WrapperDescrObject*>(descr)->base->name_obj == p.name_obj) {
      auto* d = static_cast<WrapperDescrObject*>(descr);
      generic = p.function;
      if (d->base == &p && type_is_subtype(type, d->owner)) {
        if (!specific || specific == d->wrapped)
          specific = d->wrapped;
        else
          use_generic = true;
      } else {
        use_generic = true;
      }
    } else if (p.table == SLOT_TABLE_TYPE && p.offset == offsetof(TypeObject, new_) &&
               is_tp_new_wrapper(descr)) {
      specific = reinterpret_cast<void*>(
          static_cast<TypeObject*>(static_cast<BuiltinFunctionObject*>(descr)->self)->new_);
    } else if (descr == None && p.table == SLOT_TABLE_TYPE && p.offset == offsetof(TypeObject, hash)) {
      specific = reinterpret_cast<void*>(&object_hash_not_implemented);
    } else {
      use_generic = true;
      generic = p.function;
    }
  }
  if (specific && !use_generic)
    *ptr = specific;
  else
    *ptr = generic;
}

static void fixup_all(TypeObject* type) {
  init_slotdefs();
  for (size_t i = 0; i < NSLOTDEFS; i++) {
    // Process each group once, at its first entry.
    bool seen = false;
    for (size_t j = 0; j < i && !seen; j++)
      seen = slotdefs[j].table == slotdefs[i].table && slotdefs[j].offset == slotdefs[i].offset;
    if (!seen)
      update_one_slot(type, i);
  }
  if (type->call == reinterpret_cast<TernaryFn>(&slot_tp_call))
    type->flags &= ~TPFLAG_HAVE_VECTORCALL;
}

void type_fixup_slots(TypeObject* type) {
  if (!type_has_flag(type, TPFLAG_HEAPTYPE))
    return;
  fixup_all(type);
}

static void update_slot_recursive(TypeObject* type, Object* name, int depth) {
  if (depth > 200 || !type_has_flag(type, TPFLAG_HEAPTYPE))
    return;
  for (size_t i = 0; i < NSLOTDEFS; i++) {
    if (!str_equal(slotdefs[i].name_obj, name))
      continue;
    // Find the group's first entry.
    size_t first = i;
    for (size_t j = 0; j < i; j++)
      if (slotdefs[j].table == slotdefs[i].table && slotdefs[j].offset == slotdefs[i].offset) {
        first = j;
        break;
      }
    update_one_slot(type, first);
  }
  if (type->call == reinterpret_cast<TernaryFn>(&slot_tp_call))
    type->flags &= ~TPFLAG_HAVE_VECTORCALL;
  Object* subs = type_subclasses_list(type);
  if (!subs) {
    err_clear();
    return;
  }
  for (ssize i = 0; i < list_size(subs); i++)
    update_slot_recursive(static_cast<TypeObject*>(list_get(subs, i)), name, depth + 1);
  decref(subs);
}

void type_update_slot(TypeObject* type, Object* name) {
  init_slotdefs();
  update_slot_recursive(type, name, 0);
}

} // namespace coil
