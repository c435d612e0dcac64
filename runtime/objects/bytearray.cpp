// bytearray: the mutable bytes sequence. Storage management, the
// constructor/__init__, repr, comparison, item/slice get/set/delete,
// +=, *=, the list-like mutators, the iterator and the type object. The
// methods shared with bytes live in bytes_methods.cpp.
//
// Invariants
// - buffer holds `allocated` bytes (or is nullptr when allocated == 0);
//   size < allocated whenever buffer != nullptr and buffer[size] == '\0'.
// - Resizing is refused with BufferError while exports > 0.
// - Unhashable.
#include <cstdlib>
#include <cstring>
#include <string>

#include "runtime/alloc.h"
#include "runtime/errors.h"
#include "runtime/object.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/range.h"
#include "runtime/objects/str.h"
#include "runtime/objects/str_impl.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type.h"
#include "runtime/runtime.h"

namespace coil {

namespace {

ByteArrayObject* BA(Object* o) {
  return static_cast<ByteArrayObject*>(o);
}
std::string_view view(Object* o) {
  return {BA(o)->buffer, static_cast<size_t>(BA(o)->size)};
}

} // namespace

int bytearray_resize(Object* o, ssize newsize) {
  ByteArrayObject* ba = BA(o);
  if (newsize == ba->size)
    return 0;
  if (ba->exports > 0) {
    err_set_string(BufferError, "Existing exports of data: object cannot be re-sized");
    return -1;
  }
  if (newsize < 0) {
    err_bad_internal_call("bytearray_resize");
    return -1;
  }
  if (newsize + 1 > ba->allocated || newsize + 1 < ba->allocated / 2) {
    ssize alloc;
    if (newsize + 1 > ba->allocated && newsize <= ba->allocated * 1.125)
      alloc = newsize + (newsize >> 3) + (newsize < 9 ? 3 : 6); // over-allocate for growth
    else
      alloc = newsize + 1;
    char* nb = static_cast<char*>(std::realloc(ba->buffer, static_cast<size_t>(alloc)));
    if (!nb) {
      err_no_memory();
      return -1;
    }
    ba->buffer = nb;
    ba->allocated = alloc;
  }
  ba->size = newsize;
  ba->buffer[newsize] = 0;
  return 0;
}

static int set_contents(Object* o, std::string_view d) {
  // d may alias o's own buffer.
  std::string copy(d);
  if (bytearray_resize(o, static_cast<ssize>(copy.size())) < 0)
    return -1;
  if (!copy.empty())
    std::memcpy(BA(o)->buffer, copy.data(), copy.size());
  return 0;
}

static Object* bytearray_alloc_type(TypeObject* type) {
  Object* o =
      type == &ByteArrayType ? object_alloc(type, sizeof(ByteArrayObject)) : type_generic_alloc(type, 0);
  if (!o)
    return nullptr;
  BA(o)->size = 0;
  BA(o)->allocated = 0;
  BA(o)->buffer = nullptr;
  BA(o)->exports = 0;
  return o;
}

Object* bytearray_from(std::string_view data) {
  Object* o = bytearray_alloc_type(&ByteArrayType);
  if (!o)
    return nullptr;
  if (!data.empty()) {
    BA(o)->buffer = static_cast<char*>(std::malloc(data.size() + 1));
    if (!BA(o)->buffer) {
      decref(o);
      return err_no_memory();
    }
    std::memcpy(BA(o)->buffer, data.data(), data.size());
    BA(o)->buffer[data.size()] = 0;
    BA(o)->size = static_cast<ssize>(data.size());
    BA(o)->allocated = static_cast<ssize>(data.size()) + 1;
  }
  return o;
}

static void bytearray_dealloc(Object* o) {
  std::free(BA(o)->buffer);
  BA(o)->buffer = nullptr;
  o->type->free_(o);
}
static void bytearray_free(Object* o) {
  object_free(o);
}

static Object* bytearray_tp_new(TypeObject* type, Object*, Object*) {
  return bytearray_alloc_type(type);
}

static int bytearray_init(Object* self, Object* args, Object* kwargs) {
  static const char* const names[] = {"source", "encoding", "errors"};
  Object* vals[3] = {nullptr, nullptr, nullptr};
  ssize nargs = args ? tuple_size(args) : 0;
  if (nargs > 3) {
    err_format(TypeError, "bytearray() takes at most 3 arguments ({} given)", nargs);
    return -1;
  }
  for (ssize i = 0; i < nargs; i++)
    vals[i] = tuple_get(args, i);
  if (kwargs) {
    ssize pos = 0;
    Object *k, *v;
    while (dict_next(kwargs, &pos, &k, &v)) {
      int idx = -1;
      for (int j = 0; j < 3; j++)
        if (str_equal_ascii(k, names[j]))
          idx = j;
      if (idx < 0) {
        err_format(TypeError, "'{}' is an invalid keyword argument for bytearray()", str_to_std(k));
        return -1;
      }
      if (vals[idx]) {
        err_format(TypeError, "argument for bytearray() given by name ('{}') and position ({})", names[idx],
                   idx + 1);
        return -1;
      }
      vals[idx] = v;
    }
  }
  for (int j = 1; j < 3; j++)
    if (vals[j] && !str_check(vals[j])) {
      err_format(TypeError, "bytearray() argument '{}' must be str, not {}", names[j],
                 arg_type_name(vals[j]));
      return -1;
    }
  Object* x = vals[0];
  if (!x) {
    if (vals[1] || vals[2]) {
      err_set_string(TypeError,
                     vals[1] ? "encoding without a string argument" : "errors without a string argument");
      return -1;
    }
    return set_contents(self, {});
  }
  if (vals[1] || vals[2]) {
    if (!str_check(x)) {
      err_set_string(TypeError,
                     vals[1] ? "encoding without a string argument" : "errors without a string argument");
      return -1;
    }
    std::string enc = vals[1] ? str_to_std(vals[1]) : "utf-8";
    std::string errs = vals[2] ? str_to_std(vals[2]) : "strict";
    Object* r = codec_encode(x, enc.c_str(), errs.c_str());
    if (!r)
      return -1;
    int rc = set_contents(self, bytes_view(r));
    decref(r);
    return rc;
  }
  std::string data;
  if (bytes_fill_from_object(x, data, "bytearray") < 0)
    return -1;
  std::string_view unused;
  bool generic_iterable = !get_bytes_like(x, &unused) && !(x->type->as_number && x->type->as_number->index) &&
                          x->type != &ListType && x->type != &TupleType;
  if (!generic_iterable)
    return set_contents(self, data);
  // As CPython: the items of a generic iterable are appended one at a time,
  // so the buffer grows by bytearray's over-allocation (sys.getsizeof).
  if (bytearray_resize(self, 0) < 0)
    return -1;
  for (char c : data) {
    if (bytearray_resize(self, BA(self)->size + 1) < 0)
      return -1;
    BA(self)->buffer[BA(self)->size - 1] = c;
  }
  return 0;
}

static Object* bytearray_repr(Object* o) {
  return bytes_like_repr_with_name(type_name_of(o), view(o));
}

static Object* bytearray_richcompare(Object* a, Object* b, int op) {
  std::string_view x, y;
  if (!get_bytes_like(a, &x) || !get_bytes_like(b, &y))
    return newref(NotImplemented);
  return bytes_richcompare_views(x, y, op);
}

// ---------------------------------------------------------------- sequence

static ssize ba_length(Object* o) {
  return BA(o)->size;
}

static Object* ba_concat(Object* a, Object* b) {
  std::string_view x, y;
  if (!get_bytes_like(a, &x) || !get_bytes_like(b, &y))
    return err_format(TypeError, "can't concat {} to {}", type_name_of(get_bytes_like(a, &x) ? b : a),
                      type_name_of(a));
  std::string s(x);
  s += y;
  return bytearray_from(s);
}

static Object* ba_repeat(Object* a, ssize n) {
  if (n < 0)
    n = 0;
  ssize len = BA(a)->size;
  if (len > 0 && n > PTRDIFF_MAX / len)
    return err_no_memory();
  if (!alloc_size_ok(static_cast<size_t>(len * n)))
    return nullptr;
  std::string s;
  s.reserve(len * n);
  for (ssize i = 0; i < n; i++)
    s += view(a);
  return bytearray_from(s);
}

static Object* ba_inplace_concat(Object* a, Object* b) {
  std::string_view y;
  if (!get_bytes_like(b, &y))
    return err_format(TypeError, "can't concat {} to {}", type_name_of(b), type_name_of(a));
  std::string copy(y);
  ssize old = BA(a)->size;
  if (bytearray_resize(a, old + static_cast<ssize>(copy.size())) < 0)
    return nullptr;
  if (!copy.empty())
    std::memcpy(BA(a)->buffer + old, copy.data(), copy.size());
  return newref(a);
}

static Object* ba_inplace_repeat(Object* a, ssize n) {
  if (n < 0)
    n = 0;
  std::string orig(view(a));
  ssize len = static_cast<ssize>(orig.size());
  if (len > 0 && n > PTRDIFF_MAX / len)
    return err_no_memory();
  if (bytearray_resize(a, len * n) < 0)
    return nullptr;
  for (ssize i = 0; i < n; i++)
    std::memcpy(BA(a)->buffer + i * len, orig.data(), len);
  return newref(a);
}

static Object* ba_item(Object* a, ssize i) {
  if (i < 0 || i >= BA(a)->size)
    return err_set_string(IndexError, "bytearray index out of range");
  return int_from_i64(static_cast<unsigned char>(BA(a)->buffer[i]));
}

static int ba_contains(Object* a, Object* item) {
  return bytes_like_contains(view(a), item);
}

static int ba_delete_range(Object* a, ssize start, ssize stop) {
  ssize n = stop - start;
  if (n <= 0)
    return 0;
  ssize size = BA(a)->size;
  if (BA(a)->exports > 0) {
    err_set_string(BufferError, "Existing exports of data: object cannot be re-sized");
    return -1;
  }
  std::memmove(BA(a)->buffer + start, BA(a)->buffer + stop, size - stop);
  return bytearray_resize(a, size - n);
}

static int ba_ass_item(Object* a, ssize i, Object* value) {
  if (i < 0 || i >= BA(a)->size) {
    err_set_string(IndexError, "bytearray index out of range");
    return -1;
  }
  if (!value)
    return ba_delete_range(a, i, i + 1);
  int b = byte_from_object(value);
  if (b < 0)
    return -1;
  BA(a)->buffer[i] = static_cast<char>(b);
  return 0;
}

static Object* ba_subscript(Object* a, Object* key) {
  if (key->type->as_number && key->type->as_number->index) {
    ssize i = number_as_ssize(key, IndexError);
    if (i == -1 && err_occurred())
      return nullptr;
    if (i < 0)
      i += BA(a)->size;
    return ba_item(a, i);
  }
  if (slice_check(key)) {
    ssize start, stop, step;
    if (slice_unpack(key, &start, &stop, &step) < 0)
      return nullptr;
    ssize n = slice_adjust_indices(BA(a)->size, &start, &stop, step);
    std::string s;
    for (ssize k = 0, i = start; k < n; k++, i += step)
      s.push_back(BA(a)->buffer[i]);
    return bytearray_from(s);
  }
  return err_format(TypeError, "bytearray indices must be integers or slices, not {}", type_name_of(key));
}

static int ba_ass_subscript(Object* a, Object* key, Object* value) {
  if (key->type->as_number && key->type->as_number->index) {
    ssize i = number_as_ssize(key, IndexError);
    if (i == -1 && err_occurred())
      return -1;
    if (i < 0)
      i += BA(a)->size;
    return ba_ass_item(a, i, value);
  }
  if (!slice_check(key)) {
    err_format(TypeError, "bytearray indices must be integers or slices, not {}", type_name_of(key));
    return -1;
  }
  ssize start, stop, step;
  if (slice_unpack(key, &start, &stop, &step) < 0)
    return -1;
  ssize n = slice_adjust_indices(BA(a)->size, &start, &stop, step);
  std::string repl;
  if (value) {
    std::string_view v;
    if (get_bytes_like(value, &v)) {
      repl.assign(v);
    } else if (value->type->as_number && value->type->as_number->index) {
      err_set_string(TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
      return -1;
    } else if (str_check(value)) {
      err_set_string(TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
      return -1;
    } else if (bytes_fill_from_object(value, repl, "bytearray") < 0) {
      return -1;
    }
  }
  if (step == 1) {
    ssize size = BA(a)->size;
    ssize m = static_cast<ssize>(repl.size());
    if (stop < start)
      stop = start;
    ssize newsize = size - (stop - start) + m;
    if (newsize != size && BA(a)->exports > 0) {
      err_set_string(BufferError, "Existing exports of data: object cannot be re-sized");
      return -1;
    }
    std::string tail(BA(a)->buffer ? BA(a)->buffer + stop : "", size - stop);
    if (bytearray_resize(a, newsize) < 0)
      return -1;
    if (m)
      std::memcpy(BA(a)->buffer + start, repl.data(), m);
    if (!tail.empty())
      std::memcpy(BA(a)->buffer + start + m, tail.data(), tail.size());
    return 0;
  }
  if (!value) {
    if (n <= 0)
      return 0;
    if (step < 0) {
      start = start + step * (n - 1);
      step = -step;
    }
    std::string s;
    ssize size = BA(a)->size;
    ssize next = start;
    for (ssize i = 0; i < size; i++) {
      if (i == next && next < start + step * n) {
        next += step;
        continue;
      }
      s.push_back(BA(a)->buffer[i]);
    }
    return set_contents(a, s);
  }
  if (static_cast<ssize>(repl.size()) != n) {
    err_format(ValueError, "attempt to assign bytes of size {} to extended slice of size {}", repl.size(), n);
    return -1;
  }
  for (ssize k = 0, i = start; k < n; k++, i += step)
    BA(a)->buffer[i] = repl[k];
  return 0;
}

// ---------------------------------------------------------------- methods

Object* bytearray_m_alloc(Object* self, Object*) {
  return int_from_i64(BA(self)->allocated);
}
Object* bytearray_m_sizeof(Object* self, Object*) {
  return int_from_i64(56 + BA(self)->allocated);
}

Object* bytearray_m_append(Object* self, Object* item) {
  int b = byte_from_object(item);
  if (b < 0)
    return nullptr;
  ssize n = BA(self)->size;
  if (bytearray_resize(self, n + 1) < 0)
    return nullptr;
  BA(self)->buffer[n] = static_cast<char>(b);
  return newref(None);
}

Object* bytearray_m_clear(Object* self, Object*) {
  if (bytearray_resize(self, 0) < 0)
    return nullptr;
  return newref(None);
}

Object* bytearray_m_copy(Object* self, Object*) {
  return bytearray_from(view(self));
}

Object* bytearray_m_extend(Object* self, Object* iterable) {
  std::string_view v;
  std::string data;
  if (get_bytes_like(iterable, &v)) {
    data.assign(v);
  } else {
    if (!iterable->type->iter && !(iterable->type->as_sequence && iterable->type->as_sequence->item))
      return err_format(TypeError, "can't extend bytearray with {}", type_name_of(iterable));
    Object* it = object_get_iter(iterable);
    if (!it)
      return nullptr;
    for (;;) {
      Object* item = iter_next(it);
      if (!item)
        break;
      int b = byte_from_object(item);
      decref(item);
      if (b < 0) {
        decref(it);
        return nullptr;
      }
      data.push_back(static_cast<char>(b));
    }
    decref(it);
    if (err_occurred())
      return nullptr;
  }
  ssize n = BA(self)->size;
  if (bytearray_resize(self, n + static_cast<ssize>(data.size())) < 0)
    return nullptr;
  if (!data.empty())
    std::memcpy(BA(self)->buffer + n, data.data(), data.size());
  return newref(None);
}

Object* bytearray_m_insert(Object* self, Object* const* args, ssize nargs) {
  if (nargs != 2)
    return err_format(TypeError, "insert expected 2 arguments, got {}", nargs);
  ssize where;
  if (ssize_arg(args[0], &where) < 0)
    return nullptr;
  int b = byte_from_object(args[1]);
  if (b < 0)
    return nullptr;
  ssize n = BA(self)->size;
  if (where < 0) {
    where += n;
    if (where < 0)
      where = 0;
  }
  if (where > n)
    where = n;
  if (bytearray_resize(self, n + 1) < 0)
    return nullptr;
  std::memmove(BA(self)->buffer + where + 1, BA(self)->buffer + where, n - where);
  BA(self)->buffer[where] = static_cast<char>(b);
  return newref(None);
}

Object* bytearray_m_pop(Object* self, Object* const* args, ssize nargs) {
  if (nargs > 1)
    return err_format(TypeError, "pop expected at most 1 argument, got {}", nargs);
  ssize i = -1;
  if (nargs == 1 && ssize_arg(args[0], &i) < 0)
    return nullptr;
  ssize n = BA(self)->size;
  if (n == 0)
    return err_set_string(IndexError, "pop from empty bytearray");
  if (i < 0)
    i += n;
  if (i < 0 || i >= n)
    return err_set_string(IndexError, "pop index out of range");
  unsigned char c = BA(self)->buffer[i];
  if (ba_delete_range(self, i, i + 1) < 0)
    return nullptr;
  return int_from_i64(c);
}

Object* bytearray_m_remove(Object* self, Object* value) {
  int b = byte_from_object(value);
  if (b < 0)
    return nullptr;
  size_t pos = view(self).find(static_cast<char>(b));
  if (pos == std::string_view::npos)
    return err_set_string(ValueError, "value not found in bytearray");
  if (ba_delete_range(self, static_cast<ssize>(pos), static_cast<ssize>(pos) + 1) < 0)
    return nullptr;
  return newref(None);
}

Object* bytearray_m_reverse(Object* self, Object*) {
  char* p = BA(self)->buffer;
  for (ssize i = 0, j = BA(self)->size - 1; i < j; i++, j--) {
    char t = p[i];
    p[i] = p[j];
    p[j] = t;
  }
  return newref(None);
}

// ---------------------------------------------------------------- iterator

namespace {
struct ByteArrayIterObject : Object {
  Object* seq;
  ssize index;
};
void baiter_dealloc(Object* o) {
  clear_ref(static_cast<ByteArrayIterObject*>(o)->seq);
  object_free(o);
}
Object* baiter_next(Object* o) {
  auto* it = static_cast<ByteArrayIterObject*>(o);
  if (!it->seq)
    return nullptr;
  if (it->index < BA(it->seq)->size)
    return int_from_i64(static_cast<unsigned char>(BA(it->seq)->buffer[it->index++]));
  clear_ref(it->seq);
  return nullptr;
}
Object* baiter_self(Object* o) {
  return newref(o);
}
Object* baiter_length_hint(Object* o, Object*) {
  auto* it = static_cast<ByteArrayIterObject*>(o);
  ssize n = it->seq ? BA(it->seq)->size - it->index : 0;
  return int_from_i64(n < 0 ? 0 : n);
}
Object* baiter_reduce(Object* o, Object*) {
  auto* it = static_cast<ByteArrayIterObject*>(o);
  Object* iter = builtin_named("iter");
  if (!iter)
    return nullptr;
  return it->seq ? iter_reduce_indexed(iter, it->seq, it->index) : iter_reduce_exhausted(tuple_new(0));
}
Object* baiter_setstate(Object* o, Object* state) {
  auto* it = static_cast<ByteArrayIterObject*>(o);
  ssize i;
  if (!iter_state_index(state, 0, it->seq ? BA(it->seq)->size : 0, &i))
    return nullptr;
  if (it->seq)
    it->index = i;
  return newref(None);
}
MethodDef baiter_methods[] = {
    {"__length_hint__", baiter_length_hint, METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", baiter_reduce, METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", baiter_setstate, METH_O, "Set state information for unpickling."},
    {nullptr, nullptr, 0, nullptr},
};
} // namespace

constinit TypeObject ByteArrayIterType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "bytearray_iterator";
  t.basicsize = sizeof(ByteArrayIterObject);
  t.dealloc = baiter_dealloc;
  t.getattro = object_generic_getattr;
  t.flags = TPFLAG_IMMUTABLETYPE | TPFLAG_DISALLOW_INSTANTIATION;
  t.iter = baiter_self;
  t.iternext = baiter_next;
  t.methods = baiter_methods;
  return t;
}();
COIL_REGISTER_TYPE(ByteArrayIterType);

static Object* bytearray_iter(Object* o) {
  auto* it = static_cast<ByteArrayIterObject*>(object_alloc(&ByteArrayIterType, sizeof(ByteArrayIterObject)));
  if (!it)
    return nullptr;
  it->seq = newref(o);
  it->index = 0;
  return it;
}

// ---------------------------------------------------------------- type

static Object* ba_mod(Object* a, Object* b) {
  if (!bytearray_check(a))
    return newref(NotImplemented);
  Object* tmp = bytes_from(view(a));
  if (!tmp)
    return nullptr;
  Object* r = percent_format(tmp, b, true);
  decref(tmp);
  if (!r)
    return nullptr;
  Object* out = bytearray_from(bytes_view(r));
  decref(r);
  return out;
}

static NumberMethods ba_as_number = {
    .remainder = ba_mod,
};
static SequenceMethods ba_as_sequence = {
    .length = ba_length,
    .concat = ba_concat,
    .repeat = ba_repeat,
    .item = ba_item,
    .ass_item = ba_ass_item,
    .contains = ba_contains,
    .inplace_concat = ba_inplace_concat,
    .inplace_repeat = ba_inplace_repeat,
};
static MappingMethods ba_as_mapping = {
    .length = ba_length,
    .subscript = ba_subscript,
    .ass_subscript = ba_ass_subscript,
};

constinit TypeObject ByteArrayType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "bytearray";
  t.basicsize = sizeof(ByteArrayObject);
  t.dealloc = bytearray_dealloc;
  t.repr = bytearray_repr;
  t.as_number = &ba_as_number;
  t.as_sequence = &ba_as_sequence;
  t.as_mapping = &ba_as_mapping;
  t.hash = object_hash_not_implemented;
  t.str = bytearray_repr;
  t.getattro = object_generic_getattr;
  t.flags = TPFLAG_BASETYPE;
  t.doc =
      "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\n"
      "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size "
      "given by the parameter initialized with null bytes\nbytearray() -> empty bytes array\n\nConstruct a "
      "mutable bytearray object from:\n  - an iterable yielding integers in range(256)\n  - a text string "
      "encoded using the specified encoding\n  - a bytes or a buffer object\n  - any object implementing the "
      "buffer API.\n  - an integer";
  t.richcompare = bytearray_richcompare;
  t.iter = bytearray_iter;
  t.methods = bytearray_methods_table;
  t.init = bytearray_init;
  t.new_ = bytearray_tp_new;
  t.free_ = bytearray_free;
  return t;
}();
COIL_REGISTER_TYPE(ByteArrayType);

} // namespace coil
