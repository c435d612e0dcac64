// slice objects and the index arithmetic every sequence uses.
//
// Invariants
// - start/stop/step are arbitrary objects (None when omitted).
// - slice_unpack clamps each index into [-PTRDIFF_MAX, PTRDIFF_MAX] (as
//   CPython's PySlice_Unpack), so later arithmetic cannot overflow; a zero
//   step is a ValueError.
// - slices are unhashable in 3.11 and compare like (start, stop, step).
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

SliceObject* SL(Object* o) {
  return static_cast<SliceObject*>(o);
}

bool has_index(Object* v) {
  return int_check(v) || (v->type->as_number && v->type->as_number->index);
}

// CPython's _PyEval_SliceIndex: None leaves *out alone; ints are clamped.
bool eval_slice_index_or_none(Object* v, ssize* out) {
  if (v == None)
    return true;
  if (!has_index(v)) {
    err_set_string(TypeError, "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  ssize x = number_as_ssize(v, nullptr);
  if (x == -1 && err_occurred())
    return false;
  *out = x;
  return true;
}

} // namespace

Object* slice_new(Object* start, Object* stop, Object* step) {
  auto* s = static_cast<SliceObject*>(gc_alloc(&SliceType, sizeof(SliceObject)));
  if (s == nullptr)
    return nullptr;
  s->start = newref(start ? start : None);
  s->stop = newref(stop ? stop : None);
  s->step = newref(step ? step : None);
  gc_track(s);
  return s;
}

int slice_unpack(Object* slice, ssize* start, ssize* stop, ssize* step) {
  SliceObject* r = SL(slice);
  if (r->step == None) {
    *step = 1;
  } else {
    if (!eval_slice_index_or_none(r->step, step))
      return -1;
    if (*step == 0) {
      err_set_string(ValueError, "slice step cannot be zero");
      return -1;
    }
    // Keep -step representable.
    if (*step < -PTRDIFF_MAX)
      *step = -PTRDIFF_MAX;
  }
  if (r->start == None) {
    *start = *step < 0 ? PTRDIFF_MAX : 0;
  } else if (!eval_slice_index_or_none(r->start, start)) {
    return -1;
  }
  if (r->stop == None) {
    *stop = *step < 0 ? PTRDIFF_MIN : PTRDIFF_MAX;
  } else if (!eval_slice_index_or_none(r->stop, stop)) {
    return -1;
  }
  return 0;
}

ssize slice_adjust_indices(ssize length, ssize* start, ssize* stop, ssize step) noexcept {
  if (*start < 0) {
    *start += length;
    if (*start < 0)
      *start = step < 0 ? -1 : 0;
  } else if (*start >= length) {
    *start = step < 0 ? length - 1 : length;
  }
  if (*stop < 0) {
    *stop += length;
    if (*stop < 0)
      *stop = step < 0 ? -1 : 0;
  } else if (*stop >= length) {
    *stop = step < 0 ? length - 1 : length;
  }
  if (step < 0) {
    if (*stop < *start)
      return (*start - *stop - 1) / (-step) + 1;
  } else if (*start < *stop) {
    return (*stop - *start - 1) / step + 1;
  }
  return 0;
}

ssize slice_adjust(Object* slice, ssize length, ssize* start, ssize* stop, ssize* step) {
  if (slice_unpack(slice, start, stop, step) < 0)
    return -1;
  return slice_adjust_indices(length, start, stop, *step);
}

namespace {

// Big-int arithmetic helpers (new references; nullptr on error).
Object* add(Object* a, Object* b) {
  return binary_op(a, b, NB_ADD);
}

// Converts a slice bound to an exact int through __index__.
Object* index_of(Object* v) {
  if (!has_index(v))
    return err_set_string(TypeError, "slice indices must be integers or None or have an __index__ method");
  return number_index(v);
}

} // namespace

int slice_get_long_indices(Object* slice, Object* length, Object** start_out, Object** stop_out,
                           Object** step_out) {
  SliceObject* self = SL(slice);
  Object *start = nullptr, *stop = nullptr, *step = nullptr, *upper = nullptr, *lower = nullptr;
  bool step_is_negative;
  if (self->step == None) {
    step = int_from_i64(1);
    step_is_negative = false;
  } else {
    step = index_of(self->step);
    if (step == nullptr)
      goto error;
    if (int_is_zero(step)) {
      err_set_string(ValueError, "slice step cannot be zero");
      goto error;
    }
    step_is_negative = int_sign(step) < 0;
  }
  if (step_is_negative) {
    lower = int_from_i64(-1);
    upper = lower ? add(lower, length) : nullptr;
  } else {
    lower = int_from_i64(0);
    upper = newref(length);
  }
  if (lower == nullptr || upper == nullptr)
    goto error;
  if (self->start == None) {
    start = newref(step_is_negative ? upper : lower);
  } else {
    Object* v = index_of(self->start);
    if (v == nullptr)
      goto error;
    if (int_sign(v) < 0) {
      Object* t = add(v, length);
      decref(v);
      if (t == nullptr)
        goto error;
      v = t;
      start = int_compare(v, lower) < 0 ? newref(lower) : newref(v);
    } else {
      start = int_compare(v, upper) > 0 ? newref(upper) : newref(v);
    }
    decref(v);
  }
  if (self->stop == None) {
    stop = newref(step_is_negative ? lower : upper);
  } else {
    Object* v = index_of(self->stop);
    if (v == nullptr)
      goto error;
    if (int_sign(v) < 0) {
      Object* t = add(v, length);
      decref(v);
      if (t == nullptr)
        goto error;
      v = t;
      stop = int_compare(v, lower) < 0 ? newref(lower) : newref(v);
    } else {
      stop = int_compare(v, upper) > 0 ? newref(upper) : newref(v);
    }
    decref(v);
  }
  decref(lower);
  decref(upper);
  *start_out = start;
  *stop_out = stop;
  *step_out = step;
  return 0;
error:
  xdecref(start);
  xdecref(stop);
  xdecref(step);
  xdecref(lower);
  xdecref(upper);
  return -1;
}

namespace {

Object* slice_type_new(TypeObject* type, Object* args, Object* kwargs) {
  if (!check_no_kwargs("slice", kwargs))
    return nullptr;
  ssize nargs = args ? tuple_size(args) : 0;
  if (!check_positional("slice", nargs, 1, 3))
    return nullptr;
  if (nargs == 1)
    return slice_new(nullptr, tuple_get(args, 0), nullptr);
  return slice_new(tuple_get(args, 0), tuple_get(args, 1), nargs > 2 ? tuple_get(args, 2) : nullptr);
}

Object* slice_type_vectorcall(Object* type, Object* const* args, size_t nargsf, Object* kwnames) {
  // CPython 3.11's slice has no vectorcall: its calls count a recursion level.
  RecursionScope guard(WHILE_CALLING);
  if (!guard.ok())
    return nullptr;
  if (kwnames && tuple_size(kwnames))
    return err_set_string(TypeError, "slice() takes no keyword arguments");
  ssize nargs = vectorcall_nargs(nargsf);
  if (!check_positional("slice", nargs, 1, 3))
    return nullptr;
  if (nargs == 1)
    return slice_new(nullptr, args[0], nullptr);
  return slice_new(args[0], args[1], nargs > 2 ? args[2] : nullptr);
}

void slice_dealloc(Object* o) {
  gc_untrack(o);
  SliceObject* s = SL(o);
  decref(s->start);
  decref(s->stop);
  decref(s->step);
  container_gc_free(o);
}

int slice_traverse(Object* o, VisitFn visit, void* arg) {
  SliceObject* s = SL(o);
  for (Object* p : {s->start, s->stop, s->step}) {
    if (p) {
      int r = visit(p, arg);
      if (r)
        return r;
    }
  }
  return 0;
}

Object* slice_repr(Object* o) {
  SliceObject* s = SL(o);
  StrBuilder b;
  b.append_utf8("slice(");
  bool first = true;
  for (Object* p : {s->start, s->stop, s->step}) {
    if (!first)
      b.append_utf8(", ");
    first = false;
    Object* r = object_repr(p);
    if (r == nullptr)
      return nullptr;
    b.append(r);
    decref(r);
  }
  b.append_ascii(')');
  return b.finish();
}

Object* slice_as_tuple(Object* o) {
  return tuple_pack({SL(o)->start, SL(o)->stop, SL(o)->step});
}

Object* slice_richcompare(Object* v, Object* w, int op) {
  if (!slice_check(v) || !slice_check(w))
    return newref(NotImplemented);
  if (v == w) {
    switch (op) {
    case CMP_EQ:
    case CMP_LE:
    case CMP_GE:
      return bool_from(true);
    default:
      return bool_from(false);
    }
  }
  Object* t1 = slice_as_tuple(v);
  if (t1 == nullptr)
    return nullptr;
  Object* t2 = slice_as_tuple(w);
  if (t2 == nullptr) {
    decref(t1);
    return nullptr;
  }
  Object* r = object_richcompare(t1, t2, op);
  decref(t1);
  decref(t2);
  return r;
}

Object* slice_indices_method(Object* self, Object* len) {
  Object* length = number_index(len);
  if (length == nullptr)
    return nullptr;
  if (int_sign(length) < 0) {
    decref(length);
    return err_set_string(ValueError, "length should not be negative");
  }
  Object *start, *stop, *step;
  int r = slice_get_long_indices(self, length, &start, &stop, &step);
  decref(length);
  if (r < 0)
    return nullptr;
  Object* t = tuple_pack({start, stop, step});
  decref(start);
  decref(stop);
  decref(step);
  return t;
}

Object* slice_reduce_method(Object* self, Object*) {
  Object* args = slice_as_tuple(self);
  if (args == nullptr)
    return nullptr;
  Object* r = tuple_pack({&SliceType, args});
  decref(args);
  return r;
}

MethodDef slice_methods[] = {
    {"indices", slice_indices_method, METH_O,
     "Return (start, stop, stride) for a sequence of the given length."},
    {"__reduce__", slice_reduce_method, METH_NOARGS, "Return state information for pickling."},
    {nullptr, nullptr, 0, nullptr},
};

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
MemberDef slice_members[] = {
    {"start", MEMBER_OBJECT, offsetof(SliceObject, start), MEMBER_READONLY, nullptr},
    {"stop", MEMBER_OBJECT, offsetof(SliceObject, stop), MEMBER_READONLY, nullptr},
    {"step", MEMBER_OBJECT, offsetof(SliceObject, step), MEMBER_READONLY, nullptr},
    {nullptr, 0, 0, 0, nullptr},
};
#pragma GCC diagnostic pop

} // namespace

TypeObject SliceType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "slice";
  t.basicsize = sizeof(SliceObject);
  t.dealloc = slice_dealloc;
  t.repr = slice_repr;
  // hash stays null: type_ready makes slices unhashable (3.11), as richcompare is set.
  t.getattro = object_generic_getattr;
  t.flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLETYPE;
  t.doc = "slice(stop)\nslice(start, stop[, step])\n\n"
          "Create a slice object.  This is used for extended slicing (e.g. a[0:10:2]).";
  t.traverse = slice_traverse;
  t.richcompare = slice_richcompare;
  t.methods = slice_methods;
  t.members = slice_members;
  t.new_ = slice_type_new;
  t.free_ = container_gc_free;
  t.vectorcall = slice_type_vectorcall;
  return t;
}();
COIL_REGISTER_TYPE(SliceType);

} // namespace coil
