// bytes: allocation (shared b'' and one-byte singletons), repr, hash,
// sequence/mapping protocol, comparison, the bytes() constructor, `%`,
// the bytes iterator and the type object. Methods: bytes_methods.cpp.
//
// Invariants
// - data[size] == '\0' always; size never changes after creation.
// - hash is -1 until computed with hash_bytes (CPython-compatible).
// - b'' and bytes of length 1 made by bytes_from are immortal singletons
//   (only for exact bytes).
#include <cstddef>
#include <cstring>

#include "runtime/alloc.h"
#include "runtime/errors.h"
#include "runtime/hash.h"
#include "runtime/object.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/memoryview.h"
#include "runtime/objects/range.h"
#include "runtime/objects/str.h"
#include "runtime/objects/str_impl.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type.h"
#include "runtime/runtime.h"

namespace coil {

namespace {

// Offset of BytesObject::data (header fields: VarObject, then hash).
constexpr ssize kBytesHeader = static_cast<ssize>(sizeof(VarObject) + sizeof(hash_t));
Object* byte_singletons[256];
Object* empty_bytes;

BytesObject* B(Object* o) {
  return static_cast<BytesObject*>(o);
}

} // namespace

bool get_bytes_like(Object* o, std::string_view* out) noexcept {
  if (bytes_check(o)) {
    *out = bytes_view(o);
    return true;
  }
  if (bytearray_check(o)) {
    *out = std::string_view(bytearray_data(o), static_cast<size_t>(bytearray_size(o)));
    return true;
  }
  return memoryview_simple_view(o, out);
}

Object* bytes_new_uninit(ssize size) {
  if (size < 0)
    return err_bad_internal_call("bytes_new_uninit");
  if (size > PTRDIFF_MAX - kBytesHeader - 1)
    return err_no_memory();
  Object* o = object_alloc(&BytesType, kBytesHeader + size + 1);
  if (!o)
    return nullptr;
  B(o)->size = size;
  B(o)->hash = -1;
  B(o)->data[size] = 0;
  return o;
}

Object* bytes_from(std::string_view data) {
  ssize n = static_cast<ssize>(data.size());
  if (n <= 1) {
    Object*& slot = n == 0 ? empty_bytes : byte_singletons[static_cast<unsigned char>(data[0])];
    if (!slot) {
      Object* o = bytes_new_uninit(n);
      if (!o)
        return nullptr;
      if (n == 1)
        B(o)->data[0] = data[0];
      o->refcnt = STATIC_REFCNT; // statically allocated in CPython 3.11
      slot = o;
    }
    return newref(slot);
  }
  Object* o = bytes_new_uninit(n);
  if (!o)
    return nullptr;
  std::memcpy(B(o)->data, data.data(), n);
  return o;
}

static Object* bytes_subtype_from(TypeObject* type, std::string_view data) {
  if (type == &BytesType)
    return bytes_from(data);
  Object* o = type_generic_alloc(type, static_cast<ssize>(data.size()));
  if (!o)
    return nullptr;
  B(o)->size = static_cast<ssize>(data.size());
  B(o)->hash = -1;
  std::memcpy(B(o)->data, data.data(), data.size());
  B(o)->data[data.size()] = 0;
  return o;
}

hash_t bytes_hash(Object* b) noexcept {
  BytesObject* o = B(b);
  if (o->hash == -1)
    o->hash = hash_bytes(o->data, static_cast<size_t>(o->size));
  return o->hash;
}

// b'...' with CPython's quote choice and escapes; shared with bytearray's repr.
static void append_bytes_repr(std::string& out, std::string_view d) {
  bool single = d.find('\'') != std::string_view::npos;
  bool dbl = d.find('"') != std::string_view::npos;
  char quote = single && !dbl ? '"' : '\'';
  static const char hex[] = "0123456789abcdef";
  out.push_back('b');
  out.push_back(quote);
  for (unsigned char c : d) {
    if (c == static_cast<unsigned char>(quote) || c == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(c));
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      out += "\\x";
      out.push_back(hex[c >> 4]);
      out.push_back(hex[c & 15]);
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  out.push_back(quote);
}

Object* bytes_repr(Object* b) {
  std::string s;
  append_bytes_repr(s, bytes_view(b));
  return str_from_ascii(s);
}

// "name(b'...')", bytearray's repr.
Object* bytes_like_repr_with_name(const char* name, std::string_view d) {
  std::string s = name;
  s.push_back('(');
  append_bytes_repr(s, d);
  s.push_back(')');
  return str_from_utf8(s);
}

// ---------------------------------------------------------------- protocol

static ssize bytes_length(Object* o) {
  return bytes_size(o);
}

static Object* bytes_concat(Object* a, Object* b) {
  std::string_view x, y;
  if (!get_bytes_like(a, &x) || !get_bytes_like(b, &y))
    return err_format(TypeError, "can't concat {} to {}", type_name_of(get_bytes_like(a, &x) ? b : a),
                      type_name_of(a));
  if (y.empty() && a->type == &BytesType)
    return newref(a);
  if (x.empty() && b->type == &BytesType)
    return newref(b);
  if (static_cast<ssize>(x.size()) > PTRDIFF_MAX - static_cast<ssize>(y.size()))
    return err_no_memory();
  Object* o = bytes_new_uninit(static_cast<ssize>(x.size() + y.size()));
  if (!o)
    return nullptr;
  std::memcpy(B(o)->data, x.data(), x.size());
  std::memcpy(B(o)->data + x.size(), y.data(), y.size());
  return o;
}

static Object* bytes_repeat(Object* a, ssize n) {
  ssize len = bytes_size(a);
  if (n < 0)
    n = 0;
  if (n == 1 && a->type == &BytesType)
    return newref(a);
  if (len > 0 && n > PTRDIFF_MAX / len)
    return err_set_string(OverflowError, "repeated bytes are too long");
  if (len * n <= 1)
    return bytes_from(std::string_view(bytes_data(a), static_cast<size_t>(len * n)));
  Object* o = bytes_new_uninit(len * n);
  if (!o)
    return nullptr;
  for (ssize i = 0; i < n; i++)
    std::memcpy(B(o)->data + i * len, bytes_data(a), len);
  return o;
}

static Object* bytes_item(Object* a, ssize i) {
  if (i < 0 || i >= bytes_size(a))
    return err_set_string(IndexError, "index out of range");
  return int_from_i64(static_cast<unsigned char>(bytes_data(a)[i]));
}

int byte_from_object(Object* o) {
  ssize v = number_as_ssize(o, nullptr);
  if (v == -1 && err_occurred())
    return -1;
  if (v < 0 || v > 255) {
    err_set_string(ValueError, "byte must be in range(0, 256)");
    return -1;
  }
  return static_cast<int>(v);
}

// `item in data` for bytes and bytearray.
int bytes_like_contains(std::string_view d, Object* item) {
  std::string_view sub;
  if (get_bytes_like(item, &sub))
    return d.find(sub) != std::string_view::npos;
  if (!(item->type->as_number && item->type->as_number->index)) {
    err_format(TypeError, "a bytes-like object is required, not '{}'", type_name_of(item));
    return -1;
  }
  int b = byte_from_object(item);
  if (b < 0)
    return -1;
  return d.find(static_cast<char>(b)) != std::string_view::npos;
}

static int bytes_contains(Object* a, Object* item) {
  return bytes_like_contains(bytes_view(a), item);
}

static Object* bytes_subscript(Object* a, Object* key) {
  if (key->type->as_number && key->type->as_number->index) {
    ssize i = number_as_ssize(key, IndexError);
    if (i == -1 && err_occurred())
      return nullptr;
    if (i < 0)
      i += bytes_size(a);
    return bytes_item(a, i);
  }
  if (slice_check(key)) {
    ssize start, stop, step;
    if (slice_unpack(key, &start, &stop, &step) < 0)
      return nullptr;
    ssize n = slice_adjust_indices(bytes_size(a), &start, &stop, step);
    if (n <= 0)
      return bytes_from({});
    if (step == 1) {
      if (n == bytes_size(a) && a->type == &BytesType)
        return newref(a);
      return bytes_from(std::string_view(bytes_data(a) + start, static_cast<size_t>(n)));
    }
    std::string s;
    s.reserve(n);
    for (ssize k = 0, i = start; k < n; k++, i += step)
      s.push_back(bytes_data(a)[i]);
    return bytes_from(s);
  }
  return err_format(TypeError, "byte indices must be integers or slices, not {}", type_name_of(key));
}

Object* bytes_richcompare_views(std::string_view a, std::string_view b, int op) {
  int c = a.compare(b);
  bool r;
  switch (op) {
  case CMP_EQ:
    r = a.size() == b.size() && c == 0;
    break;
  case CMP_NE:
    r = !(a.size() == b.size() && c == 0);
    break;
  case CMP_LT:
    r = c < 0;
    break;
  case CMP_LE:
    r = c <= 0;
    break;
  case CMP_GT:
    r = c > 0;
    break;
  default:
    r = c >= 0;
    break;
  }
  return bool_from(r);
}

static Object* bytes_richcompare(Object* a, Object* b, int op) {
  if (!bytes_check(a) || !bytes_check(b))
    return newref(NotImplemented);
  return bytes_richcompare_views(bytes_view(a), bytes_view(b), op);
}

static hash_t bytes_tp_hash(Object* o) {
  return bytes_hash(o);
}

Object* bytes_mod(Object* a, Object* b) {
  if (!bytes_check(a))
    return newref(NotImplemented);
  return percent_format(a, b, true);
}

Object* bytes_getnewargs(Object* self, Object*) {
  Object* b = bytes_from(bytes_view(self));
  if (!b)
    return nullptr;
  Object* t = tuple_pack({b});
  decref(b);
  return t;
}

Object* bytes_dunder_bytes(Object* self, Object*) {
  if (self->type == &BytesType)
    return newref(self);
  return bytes_from(bytes_view(self));
}

Object* bytes_sizeof(Object* self, Object*) {
  return int_from_i64(33 + bytes_size(self));
}

// ---------------------------------------------------------------- constructor

// Fills `out` from an iterable of ints in range(256).
static int bytes_from_iterable(Object* o, std::string& out, const char* range_msg) {
  Object* it = object_get_iter(o);
  if (!it)
    return -1;
  for (;;) {
    Object* item = iter_next(it);
    if (!item) {
      decref(it);
      return err_occurred() ? -1 : 0;
    }
    ssize v = number_as_ssize(item, nullptr);
    decref(item);
    if (v == -1 && err_occurred()) {
      decref(it);
      return -1;
    }
    if (v < 0 || v > 255) {
      decref(it);
      err_set_string(ValueError, range_msg);
      return -1;
    }
    out.push_back(static_cast<char>(v));
  }
}

// The shared part of bytes(x) / bytearray(x) for one argument without an encoding.
// Returns 0 on success with `out` filled, -1 on error.
int bytes_fill_from_object(Object* x, std::string& out, const char* tname) {
  std::string_view bv;
  if (str_check(x)) {
    err_set_string(TypeError, "string argument without an encoding");
    return -1;
  }
  if (get_bytes_like(x, &bv)) {
    out.assign(bv);
    return 0;
  }
  if (x->type->as_number && x->type->as_number->index) {
    ssize n = number_as_ssize(x, OverflowError);
    if (n == -1 && err_occurred()) {
      if (!err_matches(OverflowError))
        return -1;
      return -1;
    }
    if (n < 0) {
      err_set_string(ValueError, "negative count");
      return -1;
    }
    if (!alloc_size_ok(static_cast<size_t>(n)))
      return -1;
    out.assign(static_cast<size_t>(n), '\0');
    return 0;
  }
  if (!x->type->iter && !(x->type->as_sequence && x->type->as_sequence->item)) {
    err_format(TypeError, "cannot convert '{}' object to {}", type_name_of(x), tname);
    return -1;
  }
  return bytes_from_iterable(x, out, "bytes must be in range(0, 256)");
}

static Object* bytes_tp_new(TypeObject* type, Object* args, Object* kwargs) {
  static const char* const names[] = {"source", "encoding", "errors"};
  Object* vals[3] = {nullptr, nullptr, nullptr};
  ssize nargs = args ? tuple_size(args) : 0;
  if (nargs > 3)
    return err_format(TypeError, "bytes() takes at most 3 arguments ({} given)", nargs);
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
      if (idx < 0)
        return err_format(TypeError, "'{}' is an invalid keyword argument for bytes()", str_to_std(k));
      if (vals[idx])
        return err_format(TypeError, "argument for bytes() given by name ('{}') and position ({})",
                          names[idx], idx + 1);
      vals[idx] = v;
    }
  }
  for (int j = 1; j < 3; j++)
    if (vals[j] && !str_check(vals[j]))
      return err_format(TypeError, "bytes() argument '{}' must be str, not {}", names[j],
                        arg_type_name(vals[j]));
  Object* x = vals[0];
  if (!x) {
    if (vals[1] || vals[2])
      return err_set_string(TypeError, vals[1] ? "encoding without a string argument"
                                               : "errors without a string argument");
    return bytes_subtype_from(type, {});
  }
  if (vals[1] || vals[2]) {
    if (!str_check(x))
      return err_set_string(TypeError, vals[1] ? "encoding without a string argument"
                                               : "errors without a string argument");
    std::string enc = vals[1] ? str_to_std(vals[1]) : "utf-8";
    std::string errs = vals[2] ? str_to_std(vals[2]) : "strict";
    Object* r = codec_encode(x, enc.c_str(), errs.c_str());
    if (!r || type == &BytesType)
      return r;
    Object* sub = bytes_subtype_from(type, bytes_view(r));
    decref(r);
    return sub;
  }
  // __bytes__ first.
  bool found = false;
  Object* r = object_call_special(x, str_static("__bytes__"), nullptr, 0, &found);
  if (found) {
    if (!r)
      return nullptr;
    if (!bytes_check(r)) {
      err_format(TypeError, "__bytes__ returned non-bytes (type {})", type_name_of(r));
      decref(r);
      return nullptr;
    }
    if (type == &BytesType)
      return r;
    Object* sub = bytes_subtype_from(type, bytes_view(r));
    decref(r);
    return sub;
  }
  if (err_occurred())
    return nullptr;
  if (x->type == &BytesType && type == &BytesType)
    return newref(x);
  std::string data;
  if (bytes_fill_from_object(x, data, "bytes") < 0)
    return nullptr;
  return bytes_subtype_from(type, data);
}

Object* bytes_from_iterable_or_buffer(Object* o) {
  std::string data;
  if (bytes_fill_from_object(o, data, "bytes") < 0)
    return nullptr;
  return bytes_from(data);
}

static void bytes_dealloc(Object* o) {
  o->type->free_(o);
}
static void bytes_free(Object* o) {
  object_free(o);
}

// ---------------------------------------------------------------- iterator

namespace {
struct BytesIterObject : Object {
  Object* seq;
  ssize index;
};
void bytesiter_dealloc(Object* o) {
  clear_ref(static_cast<BytesIterObject*>(o)->seq);
  object_free(o);
}
Object* bytesiter_next(Object* o) {
  auto* it = static_cast<BytesIterObject*>(o);
  if (!it->seq)
    return nullptr;
  if (it->index < bytes_size(it->seq))
    return int_from_i64(static_cast<unsigned char>(bytes_data(it->seq)[it->index++]));
  clear_ref(it->seq);
  return nullptr;
}
Object* bytesiter_self(Object* o) {
  return newref(o);
}
Object* bytesiter_length_hint(Object* o, Object*) {
  auto* it = static_cast<BytesIterObject*>(o);
  ssize n = it->seq ? bytes_size(it->seq) - it->index : 0;
  return int_from_i64(n < 0 ? 0 : n);
}
Object* bytesiter_reduce(Object* o, Object*) {
  auto* it = static_cast<BytesIterObject*>(o);
  Object* iter = builtin_named("iter");
  if (!iter)
    return nullptr;
  return it->seq ? iter_reduce_indexed(iter, it->seq, it->index) : iter_reduce_exhausted(tuple_new(0));
}
Object* bytesiter_setstate(Object* o, Object* state) {
  auto* it = static_cast<BytesIterObject*>(o);
  ssize i;
  if (!iter_state_index(state, 0, it->seq ? bytes_size(it->seq) : 0, &i))
    return nullptr;
  if (it->seq)
    it->index = i;
  return newref(None);
}
MethodDef bytesiter_methods[] = {
    {"__length_hint__", bytesiter_length_hint, METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", bytesiter_reduce, METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", bytesiter_setstate, METH_O, "Set state information for unpickling."},
    {nullptr, nullptr, 0, nullptr},
};
} // namespace

constinit TypeObject BytesIterType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "bytes_iterator";
  t.basicsize = sizeof(BytesIterObject);
  t.dealloc = bytesiter_dealloc;
  t.getattro = object_generic_getattr;
  t.flags = TPFLAG_IMMUTABLETYPE | TPFLAG_DISALLOW_INSTANTIATION;
  t.iter = bytesiter_self;
  t.iternext = bytesiter_next;
  t.methods = bytesiter_methods;
  return t;
}();
COIL_REGISTER_TYPE(BytesIterType);

static Object* bytes_iter(Object* o) {
  auto* it = static_cast<BytesIterObject*>(object_alloc(&BytesIterType, sizeof(BytesIterObject)));
  if (!it)
    return nullptr;
  it->seq = newref(o);
  it->index = 0;
  return it;
}

// ---------------------------------------------------------------- type

static NumberMethods bytes_as_number = {
    .remainder = bytes_mod,
};
static SequenceMethods bytes_as_sequence = {
    .length = bytes_length,
    .concat = bytes_concat,
    .repeat = bytes_repeat,
    .item = bytes_item,
    .contains = bytes_contains,
};
static MappingMethods bytes_as_mapping = {
    .length = bytes_length,
    .subscript = bytes_subscript,
};

constinit TypeObject BytesType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "bytes";
  t.basicsize = kBytesHeader + 1;
  t.itemsize = 1;
  t.dealloc = bytes_dealloc;
  t.repr = bytes_repr;
  t.as_number = &bytes_as_number;
  t.as_sequence = &bytes_as_sequence;
  t.as_mapping = &bytes_as_mapping;
  t.hash = bytes_tp_hash;
  t.getattro = object_generic_getattr;
  t.flags = TPFLAG_BASETYPE | TPFLAG_BYTES_SUBCLASS | TPFLAG_IMMUTABLETYPE;
  t.doc =
      "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n"
      "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given "
      "by "
      "the parameter initialized with null bytes\nbytes() -> empty bytes object\n\nConstruct an immutable "
      "array "
      "of bytes from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the "
      "specified encoding\n  - any object implementing the buffer API.\n  - an integer";
  t.richcompare = bytes_richcompare;
  t.iter = bytes_iter;
  t.methods = bytes_methods_table;
  t.new_ = bytes_tp_new;
  t.free_ = bytes_free;
  return t;
}();
COIL_REGISTER_TYPE(BytesType);

} // namespace coil
