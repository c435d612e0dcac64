// range, range_iterator and longrange_iterator.
//
// Invariants
// - start, stop, step and length are exact ints (arbitrary size); step != 0;
//   length = the number of items (>= 0), computed once at creation.
// - Iteration uses range_iterator (int64 start/step/len) when the range's
//   values fit in int64, longrange_iterator (int objects) otherwise, chosen
//   by the same tests as CPython so type names match.
// - `x in r`, r.count(x) and r.index(x) are O(1) for exact ints and bools and
//   fall back to a linear == search for other objects (2.0 in range(5)).
#include <climits>

#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/object.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/int.h"
#include "runtime/objects/range.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/recursion.h"
#include "runtime/runtime.h"

namespace coil {

namespace {

RangeObject* R(Object* o) {
  return static_cast<RangeObject*>(o);
}

Object* add(Object* a, Object* b) {
  return binary_op(a, b, NB_ADD);
}
Object* sub(Object* a, Object* b) {
  return binary_op(a, b, NB_SUBTRACT);
}
Object* mul(Object* a, Object* b) {
  return binary_op(a, b, NB_MULTIPLY);
}
Object* floordiv(Object* a, Object* b) {
  return binary_op(a, b, NB_FLOOR_DIVIDE);
}

bool fits_i64(Object* v, int64_t* out) {
  bool overflow = false;
  *out = int_as_i64(v, &overflow);
  return !overflow;
}

// Number of items of range(lo, hi, step) for int64 values (may need 64 unsigned bits).
uint64_t len_of_range(int64_t lo, int64_t hi, int64_t step) {
  if (step > 0 && lo < hi)
    return 1 + (uint64_t(hi) - 1 - uint64_t(lo)) / uint64_t(step);
  if (step < 0 && lo > hi)
    return 1 + (uint64_t(lo) - 1 - uint64_t(hi)) / (0 - uint64_t(step));
  return 0;
}

Object* compute_range_length(Object* start, Object* stop, Object* step) {
  int64_t a, b, c;
  if (fits_i64(start, &a) && fits_i64(stop, &b) && fits_i64(step, &c))
    return int_from_u64(len_of_range(a, b, c));
  Object *lo, *hi, *st;
  if (int_sign(step) > 0) {
    lo = start;
    hi = stop;
    st = newref(step);
  } else {
    lo = stop;
    hi = start;
    st = number_negative(step);
    if (st == nullptr)
      return nullptr;
  }
  if (int_compare(lo, hi) >= 0) {
    decref(st);
    return int_from_i64(0);
  }
  // (hi - lo - 1) // step + 1
  Object* one = int_from_i64(1);
  Object* diff = sub(hi, lo);
  Object* diff1 = diff ? sub(diff, one) : nullptr;
  Object* q = diff1 ? floordiv(diff1, st) : nullptr;
  Object* result = q ? add(q, one) : nullptr;
  xdecref(diff);
  xdecref(diff1);
  xdecref(q);
  decref(one);
  decref(st);
  return result;
}

// Steals nothing; start/stop/step must be exact ints with step != 0.
Object* make_range(Object* start, Object* stop, Object* step) {
  Object* length = compute_range_length(start, stop, step);
  if (length == nullptr)
    return nullptr;
  auto* r = static_cast<RangeObject*>(object_alloc(&RangeType, sizeof(RangeObject)));
  if (r == nullptr) {
    decref(length);
    return nullptr;
  }
  r->start = newref(start);
  r->stop = newref(stop);
  r->step = newref(step);
  r->length = length;
  return r;
}

// step argument: __index__, then the zero check.
Object* validate_step(Object* step) {
  if (step == nullptr)
    return int_from_i64(1);
  Object* s = number_index(step);
  if (s == nullptr)
    return nullptr;
  if (int_is_zero(s)) {
    decref(s);
    return err_set_string(ValueError, "range() arg 3 must not be zero");
  }
  return s;
}

Object* range_from_array(Object* const* args, ssize nargs) {
  Object *start = nullptr, *stop = nullptr, *step = nullptr;
  Object* result = nullptr;
  if (nargs == 1) {
    stop = number_index(args[0]);
    if (stop == nullptr)
      return nullptr;
    start = int_from_i64(0);
    step = int_from_i64(1);
  } else {
    start = number_index(args[0]);
    if (start == nullptr)
      return nullptr;
    stop = number_index(args[1]);
    if (stop == nullptr)
      goto done;
    step = validate_step(nargs > 2 ? args[2] : nullptr);
    if (step == nullptr)
      goto done;
  }
  result = make_range(start, stop, step);
done:
  xdecref(start);
  xdecref(stop);
  xdecref(step);
  return result;
}

} // namespace

Object* range_new(Object* start, Object* stop, Object* step) {
  Object* args[3] = {start, stop, step};
  return range_from_array(args, step ? 3 : 2);
}

namespace {

Object* range_type_new(TypeObject* type, Object* args, Object* kwargs) {
  if (!check_no_kwargs("range", kwargs))
    return nullptr;
  ssize nargs = args ? tuple_size(args) : 0;
  if (!check_positional("range", nargs, 1, 3))
    return nullptr;
  return range_from_array(tuple_items(args), nargs);
}

Object* range_type_vectorcall(Object* type, Object* const* args, size_t nargsf, Object* kwnames) {
  // CPython 3.11's range has no vectorcall: its calls count a recursion level.
  RecursionScope guard(WHILE_CALLING);
  if (!guard.ok())
    return nullptr;
  if (kwnames && tuple_size(kwnames))
    return err_set_string(TypeError, "range() takes no keyword arguments");
  ssize nargs = vectorcall_nargs(nargsf);
  if (!check_positional("range", nargs, 1, 3))
    return nullptr;
  return range_from_array(args, nargs);
}

void range_dealloc(Object* o) {
  RangeObject* r = R(o);
  decref(r->start);
  decref(r->stop);
  decref(r->step);
  decref(r->length);
  object_free(o);
}

Object* range_repr(Object* o) {
  RangeObject* r = R(o);
  bool step_one = int_check(r->step) && !int_is_zero(r->step) && [&] {
    int64_t v;
    return fits_i64(r->step, &v) && v == 1;
  }();
  StrBuilder b;
  b.append_utf8("range(");
  Object* parts[3] = {r->start, r->stop, r->step};
  for (int i = 0; i < (step_one ? 2 : 3); ++i) {
    if (i)
      b.append_utf8(", ");
    Object* s = object_repr(parts[i]);
    if (s == nullptr)
      return nullptr;
    b.append(s);
    decref(s);
  }
  b.append_ascii(')');
  return b.finish();
}

ssize range_length(Object* o) {
  return int_as_ssize(R(o)->length);
}

int range_bool(Object* o) {
  return !int_is_zero(R(o)->length);
}

// start + i * step for 0 <= i < length (i an int).
Object* compute_item(RangeObject* r, Object* i) {
  int64_t a, b, c;
  if (fits_i64(r->start, &a) && fits_i64(i, &b) && fits_i64(r->step, &c)) {
    __int128 v = __int128(a) + __int128(b) * __int128(c);
    if (v >= INT64_MIN && v <= INT64_MAX)
      return int_from_i64(int64_t(v));
  }
  Object* prod = mul(i, r->step);
  if (prod == nullptr)
    return nullptr;
  Object* result = add(r->start, prod);
  decref(prod);
  return result;
}

// r[i] for an int i (negative counts from the end).
Object* compute_range_item(RangeObject* r, Object* arg) {
  Object* i;
  if (int_sign(arg) < 0) {
    i = add(r->length, arg);
    if (i == nullptr)
      return nullptr;
  } else {
    i = newref(arg);
  }
  if (int_sign(i) < 0 || int_compare(i, r->length) >= 0) {
    decref(i);
    return err_set_string(IndexError, "range object index out of range");
  }
  Object* result = compute_item(r, i);
  decref(i);
  return result;
}

Object* range_item(Object* o, ssize i) {
  Object* idx = int_from_i64(i);
  if (idx == nullptr)
    return nullptr;
  Object* r = compute_range_item(R(o), idx);
  decref(idx);
  return r;
}

Object* compute_slice(RangeObject* r, Object* slice) {
  Object *start, *stop, *step;
  if (slice_get_long_indices(slice, r->length, &start, &stop, &step) < 0)
    return nullptr;
  Object* substep = mul(r->step, step);
  Object* substart = substep ? compute_item(r, start) : nullptr;
  Object* substop = substart ? compute_item(r, stop) : nullptr;
  Object* result = nullptr;
  if (substop) {
    Object* length = compute_range_length(substart, substop, substep);
    if (length) {
      auto* nr = static_cast<RangeObject*>(object_alloc(&RangeType, sizeof(RangeObject)));
      if (nr) {
        nr->start = newref(substart);
        nr->stop = newref(substop);
        nr->step = newref(substep);
        nr->length = length;
        result = nr;
      } else {
        decref(length);
      }
    }
  }
  xdecref(substep);
  xdecref(substart);
  xdecref(substop);
  decref(start);
  decref(stop);
  decref(step);
  return result;
}

Object* range_subscript(Object* o, Object* item) {
  if (int_check(item) || (item->type->as_number && item->type->as_number->index)) {
    Object* i = number_index(item);
    if (i == nullptr)
      return nullptr;
    Object* r = compute_range_item(R(o), i);
    decref(i);
    return r;
  }
  if (slice_check(item))
    return compute_slice(R(o), item);
  return err_format(TypeError, "range indices must be integers or slices, not {}", type_name_of(item));
}

// `ob in r` for an exact int or bool: 0/1/-1.
int range_contains_long(RangeObject* r, Object* ob) {
  bool ok;
  if (int_sign(r->step) > 0)
    ok = int_compare(r->start, ob) <= 0 && int_compare(ob, r->stop) < 0;
  else
    ok = int_compare(ob, r->start) <= 0 && int_compare(r->stop, ob) < 0;
  if (!ok)
    return 0;
  Object* diff = sub(ob, r->start);
  if (diff == nullptr)
    return -1;
  Object* rem = binary_op(diff, r->step, NB_REMAINDER);
  decref(diff);
  if (rem == nullptr)
    return -1;
  int result = int_is_zero(rem) ? 1 : 0;
  decref(rem);
  return result;
}

bool exact_int_or_bool(Object* o) {
  return o->type == &IntType || o->type == &BoolType;
}

// Linear search by ==: mode 0 contains (0/1), 1 count, 2 index (-1 = not found). -2 on error.
ssize iter_search(Object* seq, Object* ob, int mode) {
  Object* it = object_get_iter(seq);
  if (it == nullptr)
    return -2;
  ssize n = 0, i = 0;
  for (;; ++i) {
    Object* item = iter_next(it);
    if (item == nullptr)
      break;
    int c = object_richcompare_bool(item, ob, CMP_EQ);
    decref(item);
    if (c < 0) {
      decref(it);
      return -2;
    }
    if (c) {
      if (mode == 0) {
        decref(it);
        return 1;
      }
      if (mode == 2) {
        decref(it);
        return i;
      }
      ++n;
    }
  }
  decref(it);
  if (err_occurred())
    return -2;
  return mode == 2 ? -1 : n;
}

int range_contains(Object* o, Object* ob) {
  if (exact_int_or_bool(ob))
    return range_contains_long(R(o), ob);
  ssize r = iter_search(o, ob, 0);
  return r == -2 ? -1 : int(r);
}

Object* range_richcompare(Object* a, Object* b, int op) {
  if (b->type != &RangeType || (op != CMP_EQ && op != CMP_NE))
    return newref(NotImplemented);
  bool eq;
  RangeObject *r0 = R(a), *r1 = R(b);
  if (a == b)
    eq = true;
  else if (int_compare(r0->length, r1->length) != 0)
    eq = false;
  else if (int_is_zero(r0->length))
    eq = true;
  else if (int_compare(r0->start, r1->start) != 0)
    eq = false;
  else {
    int64_t len;
    if (fits_i64(r0->length, &len) && len == 1)
      eq = true;
    else
      eq = int_compare(r0->step, r1->step) == 0;
  }
  return bool_from(op == CMP_EQ ? eq : !eq);
}

hash_t range_hash(Object* o) {
  RangeObject* r = R(o);
  Object* t;
  int64_t len;
  bool is_len1 = fits_i64(r->length, &len) && len == 1;
  if (int_is_zero(r->length))
    t = tuple_pack({r->length, None, None});
  else
    t = tuple_pack({r->length, r->start, is_len1 ? None : r->step});
  if (t == nullptr)
    return -1;
  hash_t h = object_hash(t);
  decref(t);
  return h;
}

// ---------------------------------------------------------------- iterators

struct RangeIterObject : Object {
  int64_t index;
  int64_t start;
  int64_t step;
  int64_t len;
};

struct LongRangeIterObject : Object {
  Object* index;
  Object* start;
  Object* step;
  Object* len;
};

Object* self_iter(Object* o) {
  return newref(o);
}

Object* rangeiter_next(Object* o) {
  auto* r = static_cast<RangeIterObject*>(o);
  if (r->index < r->len)
    return int_from_i64(int64_t(uint64_t(r->start) + uint64_t(r->index++) * uint64_t(r->step)));
  return nullptr;
}

Object* rangeiter_length_hint(Object* o, Object*) {
  auto* r = static_cast<RangeIterObject*>(o);
  return int_from_i64(r->len - r->index);
}

Object* rangeiter_setstate(Object* o, Object* state) {
  auto* r = static_cast<RangeIterObject*>(o);
  ssize index = number_as_ssize(state, nullptr);
  if (index == -1 && err_occurred())
    return nullptr;
  if (index < 0)
    index = 0;
  else if (index > r->len)
    index = r->len;
  r->index = index;
  return none_new();
}

void longrangeiter_dealloc(Object* o) {
  auto* r = static_cast<LongRangeIterObject*>(o);
  xdecref(r->index);
  xdecref(r->start);
  xdecref(r->step);
  xdecref(r->len);
  object_free(o);
}

Object* longrangeiter_next(Object* o) {
  auto* r = static_cast<LongRangeIterObject*>(o);
  if (int_compare(r->index, r->len) >= 0)
    return nullptr;
  Object* product = mul(r->index, r->step);
  if (product == nullptr)
    return nullptr;
  Object* result = add(r->start, product);
  decref(product);
  if (result == nullptr)
    return nullptr;
  Object* one = int_from_i64(1);
  Object* next = add(r->index, one);
  decref(one);
  if (next == nullptr) {
    decref(result);
    return nullptr;
  }
  setref(r->index, next);
  return result;
}

Object* longrangeiter_length_hint(Object* o, Object*) {
  auto* r = static_cast<LongRangeIterObject*>(o);
  return sub(r->len, r->index);
}

// (iter, (range(start, start + len * step, step),), index)
Object* rangeiter_reduce_parts(Object* start, Object* step, Object* len, Object* index) {
  Object* iter = builtin_named("iter");
  Object* span = iter ? mul(len, step) : nullptr;
  Object* stop = span ? add(start, span) : nullptr;
  xdecref(span);
  Object* r = stop ? range_new(start, stop, step) : nullptr;
  xdecref(stop);
  Object* args = r ? tuple_pack({r}) : nullptr;
  xdecref(r);
  Object* out = args ? tuple_pack({iter, args, index}) : nullptr;
  xdecref(args);
  return out;
}

Object* rangeiter_reduce(Object* o, Object*) {
  auto* it = static_cast<RangeIterObject*>(o);
  Object* parts[4] = {int_from_i64(it->start), int_from_i64(it->step), int_from_i64(it->len),
                      int_from_i64(it->index)};
  Object* out = nullptr;
  if (parts[0] && parts[1] && parts[2] && parts[3])
    out = rangeiter_reduce_parts(parts[0], parts[1], parts[2], parts[3]);
  for (Object* p : parts)
    xdecref(p);
  return out;
}

Object* longrangeiter_reduce(Object* o, Object*) {
  auto* it = static_cast<LongRangeIterObject*>(o);
  return rangeiter_reduce_parts(it->start, it->step, it->len, it->index);
}

Object* longrangeiter_setstate(Object* o, Object* state) {
  auto* r = static_cast<LongRangeIterObject*>(o);
  Object* index = number_index(state);
  if (!index)
    return nullptr;
  Object* zero = int_from_i64(0);
  if (!zero) {
    decref(index);
    return nullptr;
  }
  if (int_compare(index, zero) < 0)
    setref(index, newref(zero));
  else if (int_compare(index, r->len) > 0)
    setref(index, newref(r->len));
  decref(zero);
  setref(r->index, index);
  return none_new();
}

MethodDef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_length_hint, METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", rangeiter_reduce, METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", rangeiter_setstate, METH_O, "Set state information for unpickling."},
    {nullptr, nullptr, 0, nullptr},
};
MethodDef longrangeiter_methods[] = {
    {"__length_hint__", longrangeiter_length_hint, METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", longrangeiter_reduce, METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", longrangeiter_setstate, METH_O, "Set state information for unpickling."},
    {nullptr, nullptr, 0, nullptr},
};

} // namespace

namespace {

void plain_free(Object* o) {
  object_free(o);
}

TypeObject make_range_iter_type(const char* name, ssize size, DeallocFn dealloc, UnaryFn next,
                                MethodDef* methods) {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = name;
  t.basicsize = size;
  t.dealloc = dealloc;
  t.getattro = object_generic_getattr;
  t.flags = TPFLAG_IMMUTABLETYPE | TPFLAG_DISALLOW_INSTANTIATION;
  t.iter = self_iter;
  t.iternext = next;
  t.methods = methods;
  t.free_ = plain_free;
  return t;
}

} // namespace

TypeObject RangeIterType = make_range_iter_type("range_iterator", sizeof(RangeIterObject), plain_free,
                                                rangeiter_next, rangeiter_methods);
TypeObject LongRangeIterType =
    make_range_iter_type("longrange_iterator", sizeof(LongRangeIterObject), longrangeiter_dealloc,
                         longrangeiter_next, longrangeiter_methods);
COIL_REGISTER_TYPE(RangeIterType);
COIL_REGISTER_TYPE(LongRangeIterType);

namespace {

Object* fast_range_iter(int64_t start, int64_t step, int64_t len) {
  auto* it = static_cast<RangeIterObject*>(object_alloc(&RangeIterType, sizeof(RangeIterObject)));
  if (it == nullptr)
    return nullptr;
  it->index = 0;
  it->start = start;
  it->step = step;
  it->len = len;
  return it;
}

// Steals start, step and len.
Object* long_range_iter(Object* start, Object* step, Object* len) {
  auto* it = static_cast<LongRangeIterObject*>(object_alloc(&LongRangeIterType, sizeof(LongRangeIterObject)));
  if (it == nullptr) {
    decref(start);
    decref(step);
    decref(len);
    return nullptr;
  }
  it->index = int_from_i64(0);
  it->start = start;
  it->step = step;
  it->len = len;
  if (it->index == nullptr) {
    decref(it);
    return nullptr;
  }
  return it;
}

Object* range_iter(Object* o) {
  RangeObject* r = R(o);
  int64_t lstart, lstop, lstep;
  if (fits_i64(r->start, &lstart) && fits_i64(r->stop, &lstop) && fits_i64(r->step, &lstep)) {
    uint64_t ulen = len_of_range(lstart, lstop, lstep);
    if (ulen <= uint64_t(INT64_MAX))
      return fast_range_iter(lstart, lstep, int64_t(ulen));
  }
  return long_range_iter(newref(r->start), newref(r->step), newref(r->length));
}

Object* range_reversed_method(Object* o, Object*) {
  RangeObject* r = R(o);
  int64_t lstart, lstop, lstep;
  if (fits_i64(r->start, &lstart) && fits_i64(r->stop, &lstop) && fits_i64(r->step, &lstep) &&
      lstep != INT64_MIN) {
    // lstart - lstep must not overflow.
    bool overflow = lstep > 0 ? uint64_t(lstart) - uint64_t(INT64_MIN) < uint64_t(lstep)
                              : uint64_t(INT64_MAX) - uint64_t(lstart) < 0 - uint64_t(lstep);
    uint64_t ulen = len_of_range(lstart, lstop, lstep);
    if (!overflow && ulen <= uint64_t(INT64_MAX)) {
      int64_t new_stop = lstart - lstep;
      int64_t new_start = int64_t(uint64_t(new_stop) + ulen * uint64_t(lstep));
      return fast_range_iter(new_start, -lstep, int64_t(ulen));
    }
  }
  // start + (len - 1) * step, stepping by -step.
  Object* one = int_from_i64(1);
  Object* last = one ? sub(r->length, one) : nullptr;
  xdecref(one);
  if (last == nullptr)
    return nullptr;
  Object* prod = mul(last, r->step);
  decref(last);
  if (prod == nullptr)
    return nullptr;
  Object* start = add(r->start, prod);
  decref(prod);
  if (start == nullptr)
    return nullptr;
  Object* step = number_negative(r->step);
  if (step == nullptr) {
    decref(start);
    return nullptr;
  }
  return long_range_iter(start, step, newref(r->length));
}

Object* range_count_method(Object* o, Object* ob) {
  if (exact_int_or_bool(ob)) {
    int r = range_contains_long(R(o), ob);
    if (r < 0)
      return nullptr;
    return int_from_i64(r);
  }
  ssize n = iter_search(o, ob, 1);
  if (n == -2)
    return nullptr;
  return int_from_i64(n);
}

Object* range_index_method(Object* o, Object* ob) {
  if (!exact_int_or_bool(ob)) {
    ssize i = iter_search(o, ob, 2);
    if (i == -2)
      return nullptr;
    if (i == -1)
      return err_set_string(ValueError, "sequence.index(x): x not in sequence");
    return int_from_i64(i);
  }
  int c = range_contains_long(R(o), ob);
  if (c < 0)
    return nullptr;
  if (c) {
    Object* diff = sub(ob, R(o)->start);
    if (diff == nullptr)
      return nullptr;
    Object* idx = floordiv(diff, R(o)->step);
    decref(diff);
    return idx;
  }
  Object* rep = object_repr(ob);
  if (rep == nullptr)
    return nullptr;
  err_format(ValueError, "{} is not in range", str_to_std(rep));
  decref(rep);
  return nullptr;
}

Object* range_reduce_method(Object* o, Object*) {
  Object* args = tuple_pack({R(o)->start, R(o)->stop, R(o)->step});
  if (args == nullptr)
    return nullptr;
  Object* r = tuple_pack({&RangeType, args});
  decref(args);
  return r;
}

SequenceMethods range_as_sequence = {
    .length = range_length,
    .item = range_item,
    .contains = range_contains,
};

MappingMethods range_as_mapping = {
    .length = range_length,
    .subscript = range_subscript,
};

NumberMethods range_as_number = [] {
  NumberMethods n{};
  n.bool_ = range_bool;
  return n;
}();

MethodDef range_methods[] = {
    {"__reversed__", range_reversed_method, METH_NOARGS, "Return a reverse iterator."},
    {"__reduce__", range_reduce_method, METH_NOARGS, nullptr},
    {"count", range_count_method, METH_O, "Return the number of occurrences of value."},
    {"index", range_index_method, METH_O, "Return the first index of value."},
    {nullptr, nullptr, 0, nullptr},
};

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
MemberDef range_members[] = {
    {"start", MEMBER_OBJECT, offsetof(RangeObject, start), MEMBER_READONLY, nullptr},
    {"stop", MEMBER_OBJECT, offsetof(RangeObject, stop), MEMBER_READONLY, nullptr},
    {"step", MEMBER_OBJECT, offsetof(RangeObject, step), MEMBER_READONLY, nullptr},
    {nullptr, 0, 0, 0, nullptr},
};
#pragma GCC diagnostic pop

} // namespace

TypeObject RangeType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "range";
  t.basicsize = sizeof(RangeObject);
  t.dealloc = range_dealloc;
  t.repr = range_repr;
  t.as_number = &range_as_number;
  t.as_sequence = &range_as_sequence;
  t.as_mapping = &range_as_mapping;
  t.hash = range_hash;
  t.getattro = object_generic_getattr;
  t.flags = TPFLAG_SEQUENCE | TPFLAG_IMMUTABLETYPE;
  t.doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\n"
          "Return an object that produces a sequence of integers from start (inclusive)\n"
          "to stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\n"
          "start defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\n"
          "These are exactly the valid indices for a list of 4 elements.\n"
          "When step is given, it specifies the increment (or decrement).";
  t.richcompare = range_richcompare;
  t.iter = range_iter;
  t.methods = range_methods;
  t.members = range_members;
  t.new_ = range_type_new;
  t.free_ = plain_free;
  t.vectorcall = range_type_vectorcall;
  return t;
}();
COIL_REGISTER_TYPE(RangeType);

} // namespace coil
