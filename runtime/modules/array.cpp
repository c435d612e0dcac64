// The array module: array.array, typed sequences of machine values with
// the typecodes b B u h H i I l L q Q f d (u = 4-byte wchar_t on Linux).
//
// Invariants
// - `data` holds `size` items of `itemsize` bytes, native byte order;
//   `allocated` is the capacity in items. data may be nullptr when empty.
// - `exports` counts live buffer views; resizing is refused while > 0
//   (BufferError "cannot resize an array that is exporting buffers").
// - Setting an item converts and range-checks the value first, so a failed
//   assignment leaves the array unchanged (CPython's messages for each
//   typecode's overflow, see set_item).
// - Comparison of arrays compares item objects in order (any typecodes),
//   as CPython does.
// - Not implemented: the buffer protocol export (memoryview(array)),
//   pickling protocol 3+ (_array_reconstructor): __reduce_ex__ always uses
//   the protocol-2 form (typecode, list).
#include <cmath>
#include <cstring>
#include <string>

#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/modules/binary_util.h"
#include "runtime/modules/math_internal.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/module.h"
#include "runtime/objects/range.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type.h"
#include "runtime/runtime.h"
#include "runtime/thread_state.h"

namespace coil {

extern TypeObject ArrayType;
extern TypeObject ArrayIterType;

struct ArrayObject : Object {
  char* data;
  ssize size;
  ssize allocated;
  int itemsize;
  char typecode;
  ssize exports;
  Object* weaklist;
};

namespace {

constexpr const char* TYPECODES = "bBuhHiIlLqQfd";

int itemsize_of(char tc) {
  switch (tc) {
  case 'b':
  case 'B':
    return 1;
  case 'h':
  case 'H':
    return 2;
  case 'i':
  case 'I':
  case 'f':
  case 'u':
    return 4;
  default:
    return 8;
  }
}

ArrayObject* A(Object* o) {
  return static_cast<ArrayObject*>(o);
}

bool array_check(Object* o) {
  return o->type == &ArrayType || type_is_subtype(o->type, &ArrayType);
}

// ------------------------------------------------------------ items

Object* get_item(ArrayObject* a, ssize i) {
  const char* p = a->data + i * a->itemsize;
  switch (a->typecode) {
  case 'b':
    return int_from_i64(*reinterpret_cast<const int8_t*>(p));
  case 'B':
    return int_from_i64(*reinterpret_cast<const uint8_t*>(p));
  case 'h':
    return int_from_i64(*reinterpret_cast<const int16_t*>(p));
  case 'H':
    return int_from_i64(*reinterpret_cast<const uint16_t*>(p));
  case 'i':
    return int_from_i64(*reinterpret_cast<const int32_t*>(p));
  case 'I':
    return int_from_i64(*reinterpret_cast<const uint32_t*>(p));
  case 'l':
  case 'q':
    return int_from_i64(*reinterpret_cast<const int64_t*>(p));
  case 'L':
  case 'Q':
    return int_from_u64(*reinterpret_cast<const uint64_t*>(p));
  case 'f':
    return float_from_double(*reinterpret_cast<const float*>(p));
  case 'd':
    return float_from_double(*reinterpret_cast<const double*>(p));
  case 'u':
    return str_from_char(*reinterpret_cast<const uint32_t*>(p));
  default:
    return err_bad_internal_call("array get_item");
  }
}

// Converts v for typecode tc into buf (itemsize bytes). false + exception.
bool convert_item(char tc, Object* v, char* buf) {
  if (tc == 'f' || tc == 'd') {
    double d;
    if (!math_impl::arg_as_double(v, &d))
      return false;
    if (tc == 'f') {
      float f = static_cast<float>(d);
      std::memcpy(buf, &f, 4);
    } else {
      std::memcpy(buf, &d, 8);
    }
    return true;
  }
  if (tc == 'u') {
    if (!str_check(v) || str_length(v) != 1) {
      err_set_string(TypeError, "array item must be unicode character");
      return false;
    }
    uint32_t c = str_char_at(v, 0);
    std::memcpy(buf, &c, 4);
    return true;
  }
  Object* iv = number_index(v);
  if (!iv)
    return false;
  bool overflow;
  int64_t x = int_as_i64(iv, &overflow);
  int sign = int_sign(iv);
  if (overflow && (tc == 'L' || tc == 'Q' || tc == 'I') && sign > 0) {
    // Values in [2**63, 2**64) fit the unsigned 64-bit codes.
    mpz_t m;
    mpz_init(m);
    int_to_mpz(iv, m);
    bool fits = mpz_sizeinbase(m, 2) <= 64;
    uint64_t u = fits ? static_cast<uint64_t>(mpz_getlimbn(m, 0)) : 0;
    mpz_clear(m);
    decref(iv);
    if (!fits || tc == 'I') {
      err_set_string(OverflowError, tc == 'Q' ? "int too big to convert"
                                    : fits    ? "unsigned int is greater than maximum"
                                              : "Python int too large to convert to C unsigned long");
      return false;
    }
    std::memcpy(buf, &u, 8);
    return true;
  }
  decref(iv);
  const char* msg = nullptr;
  if (overflow) {
    switch (tc) {
    case 'q':
      msg = "int too big to convert";
      break;
    case 'Q':
      msg = "can't convert negative int to unsigned";
      break;
    case 'I':
    case 'L':
      msg = "can't convert negative value to unsigned int";
      break;
    default:
      msg = "Python int too large to convert to C long";
      break;
    }
    err_set_string(OverflowError, msg);
    return false;
  }
  auto range = [&](int64_t lo, int64_t hi, const char* lo_msg, const char* hi_msg) {
    if (x < lo)
      msg = lo_msg;
    else if (x > hi)
      msg = hi_msg;
  };
  // CPython converts 'b' through a C short and 'H' through a C int first,
  // so the wider type's message wins outside that type's range.
  switch (tc) {
  case 'b':
    range(-32768, 32767, "signed short integer is less than minimum",
          "signed short integer is greater than maximum");
    if (!msg)
      range(-128, 127, "signed char is less than minimum", "signed char is greater than maximum");
    break;
  case 'B':
    range(0, 255, "unsigned byte integer is less than minimum",
          "unsigned byte integer is greater than maximum");
    break;
  case 'h':
    range(-32768, 32767, "signed short integer is less than minimum",
          "signed short integer is greater than maximum");
    break;
  case 'H':
    range(INT32_MIN, INT32_MAX, "signed integer is less than minimum",
          "signed integer is greater than maximum");
    if (!msg)
      range(0, 65535, "unsigned short is less than minimum", "unsigned short is greater than maximum");
    break;
  case 'i':
    range(INT32_MIN, INT32_MAX, "signed integer is less than minimum",
          "signed integer is greater than maximum");
    break;
  case 'I':
    range(0, UINT32_MAX, "can't convert negative value to unsigned int",
          "unsigned int is greater than maximum");
    break;
  case 'L':
    if (x < 0)
      msg = "can't convert negative value to unsigned int";
    break;
  case 'Q':
    if (x < 0)
      msg = "can't convert negative int to unsigned";
    break;
  default:
    break;
  }
  if (msg) {
    err_set_string(OverflowError, msg);
    return false;
  }
  switch (itemsize_of(tc)) {
  case 1: {
    auto b = static_cast<uint8_t>(x);
    std::memcpy(buf, &b, 1);
    break;
  }
  case 2: {
    auto s = static_cast<uint16_t>(x);
    std::memcpy(buf, &s, 2);
    break;
  }
  case 4: {
    auto w = static_cast<uint32_t>(x);
    std::memcpy(buf, &w, 4);
    break;
  }
  default:
    std::memcpy(buf, &x, 8);
    break;
  }
  return true;
}

// ------------------------------------------------------------ storage

bool check_resizable(ArrayObject* a) {
  if (a->exports > 0) {
    err_set_string(BufferError, "cannot resize an array that is exporting buffers");
    return false;
  }
  return true;
}

// Sets the size to n items, keeping the first min(n, size) items.
bool resize(ArrayObject* a, ssize n) {
  if (n == a->size)
    return true;
  if (!check_resizable(a))
    return false;
  if (n > a->allocated || n < a->allocated / 2) {
    ssize cap = n + (n >> 4) + (n < 8 ? 3 : 7);
    if (n == 0)
      cap = 0;
    if (cap > PTRDIFF_MAX / a->itemsize) {
      err_no_memory();
      return false;
    }
    char* p =
        cap ? static_cast<char*>(std::realloc(a->data, static_cast<size_t>(cap * a->itemsize))) : nullptr;
    if (cap && !p) {
      err_no_memory();
      return false;
    }
    if (!cap)
      std::free(a->data);
    a->data = p;
    a->allocated = cap;
  }
  a->size = n;
  return true;
}

bool append_raw(ArrayObject* a, const char* bytes, ssize nitems) {
  ssize old = a->size;
  if (!resize(a, old + nitems))
    return false;
  if (nitems)
    std::memmove(a->data + old * a->itemsize, bytes, static_cast<size_t>(nitems * a->itemsize));
  return true;
}

bool append_obj(ArrayObject* a, Object* v) {
  char buf[8];
  if (!convert_item(a->typecode, v, buf))
    return false;
  return append_raw(a, buf, 1);
}

ArrayObject* new_array(TypeObject* type, char tc, ssize n) {
  auto* a = static_cast<ArrayObject*>(type_generic_alloc(type, 0));
  if (!a)
    return nullptr;
  a->typecode = tc;
  a->itemsize = itemsize_of(tc);
  if (n > 0 && !resize(a, n)) {
    decref(a);
    return nullptr;
  }
  return a;
}

bool extend_iterable(ArrayObject* a, Object* it_src) {
  Object* it = object_get_iter(it_src);
  if (!it)
    return false;
  for (;;) {
    Object* v = iter_next(it);
    if (!v)
      break;
    bool ok = append_obj(a, v);
    decref(v);
    if (!ok) {
      decref(it);
      return false;
    }
  }
  decref(it);
  return !err_occurred();
}

bool frombytes_impl(ArrayObject* a, std::string_view b) {
  if (b.size() % static_cast<size_t>(a->itemsize)) {
    err_set_string(ValueError, "bytes length not a multiple of item size");
    return false;
  }
  return append_raw(a, b.data(), static_cast<ssize>(b.size()) / a->itemsize);
}

bool fromunicode_impl(ArrayObject* a, Object* s) {
  ssize n = str_length(s);
  ssize old = a->size;
  if (!resize(a, old + n))
    return false;
  for (ssize i = 0; i < n; i++) {
    uint32_t c = str_char_at(s, i);
    std::memcpy(a->data + (old + i) * 4, &c, 4);
  }
  return true;
}

// --------------------------------------------------------- construction

Object* array_new(TypeObject* type, Object* args, Object* kwargs) {
  if (kwargs && dict_size(kwargs) > 0 && type == &ArrayType)
    return err_set_string(TypeError, "array.array() takes no keyword arguments");
  ssize nargs = args ? tuple_size(args) : 0;
  if (nargs < 1)
    return err_format(TypeError, "array() takes at least 1 argument ({} given)", nargs);
  if (nargs > 2)
    return err_format(TypeError, "array() takes at most 2 arguments ({} given)", nargs);
  Object* tco = tuple_get(args, 0);
  if (!str_check(tco) || str_length(tco) != 1)
    return err_format(TypeError, "array() argument 1 must be a unicode character, not {}",
                      arg_type_name(tco));
  uint32_t c = str_char_at(tco, 0);
  if (c >= 128 || !std::strchr(TYPECODES, static_cast<int>(c)) || c == 0)
    return err_set_string(ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
  char tc = static_cast<char>(c);
  Object* init = nargs == 2 ? tuple_get(args, 1) : nullptr;
  if (init && str_check(init) && tc != 'u')
    return err_format(TypeError, "cannot use a str to initialize an array with typecode '{}'", tc);
  if (init && array_check(init) && A(init)->typecode == 'u' && tc != 'u')
    return err_format(TypeError, "cannot use a unicode array to initialize an array with typecode '{}'", tc);
  ArrayObject* a = new_array(type, tc, 0);
  if (!a)
    return nullptr;
  bool ok = true;
  std::string_view bytes;
  if (!init) {
  } else if (str_check(init)) {
    ok = fromunicode_impl(a, init);
  } else if (!array_check(init) && peek_bytes_like(init, &bytes)) {
    ok = frombytes_impl(a, bytes);
  } else if (array_check(init) && A(init)->typecode == tc) {
    ok = append_raw(a, A(init)->data, A(init)->size);
  } else {
    ok = extend_iterable(a, init);
  }
  if (!ok) {
    decref(a);
    return nullptr;
  }
  return a;
}

void array_dealloc(Object* o) {
  std::free(A(o)->data);
  TypeObject* t = o->type;
  if (t->free_)
    t->free_(o);
  else
    object_free(o);
}

// ------------------------------------------------------------ sequence

ssize array_len(Object* o) {
  return A(o)->size;
}

Object* array_item(Object* o, ssize i) {
  ArrayObject* a = A(o);
  if (i < 0 || i >= a->size)
    return err_set_string(IndexError, "array index out of range");
  return get_item(a, i);
}

ArrayObject* slice_copy(ArrayObject* a, ssize start, ssize step, ssize n) {
  ArrayObject* r = new_array(&ArrayType, a->typecode, n);
  if (!r)
    return nullptr;
  for (ssize k = 0; k < n; k++)
    std::memcpy(r->data + k * a->itemsize, a->data + (start + k * step) * a->itemsize,
                static_cast<size_t>(a->itemsize));
  return r;
}

Object* array_subscript(Object* o, Object* key) {
  ArrayObject* a = A(o);
  if (slice_check(key)) {
    ssize start, stop, step;
    ssize n = slice_adjust(key, a->size, &start, &stop, &step);
    if (n < 0)
      return nullptr;
    return slice_copy(a, start, step, n);
  }
  if (!int_check(key) && !type_lookup(key->type, str_static("__index__")))
    return err_set_string(TypeError, "array indices must be integers");
  ssize i = number_as_ssize(key, IndexError);
  if (i == -1 && err_occurred())
    return nullptr;
  if (i < 0)
    i += a->size;
  return array_item(o, i);
}

// Removes items [lo, hi).
bool delete_range(ArrayObject* a, ssize lo, ssize hi) {
  if (hi <= lo)
    return true;
  if (!check_resizable(a))
    return false;
  std::memmove(a->data + lo * a->itemsize, a->data + hi * a->itemsize,
               static_cast<size_t>((a->size - hi) * a->itemsize));
  return resize(a, a->size - (hi - lo));
}

int array_ass_item(Object* o, ssize i, Object* v) {
  ArrayObject* a = A(o);
  if (i < 0 || i >= a->size) {
    err_set_string(IndexError, "array assignment index out of range");
    return -1;
  }
  if (!v)
    return delete_range(a, i, i + 1) ? 0 : -1;
  char buf[8];
  if (!convert_item(a->typecode, v, buf))
    return -1;
  std::memcpy(a->data + i * a->itemsize, buf, static_cast<size_t>(a->itemsize));
  return 0;
}

int array_ass_subscript(Object* o, Object* key, Object* v) {
  ArrayObject* a = A(o);
  if (!slice_check(key)) {
    if (!int_check(key) && !type_lookup(key->type, str_static("__index__"))) {
      err_set_string(TypeError, "array indices must be integers");
      return -1;
    }
    ssize i = number_as_ssize(key, IndexError);
    if (i == -1 && err_occurred())
      return -1;
    if (i < 0)
      i += a->size;
    return array_ass_item(o, i, v);
  }
  ssize start, stop, step;
  ssize n = slice_adjust(key, a->size, &start, &stop, &step);
  if (n < 0)
    return -1;
  if (v && !array_check(v)) {
    err_format(TypeError, "can only assign array (not \"{}\") to array slice", type_name_of(v));
    return -1;
  }
  if (v && A(v)->typecode != a->typecode) {
    err_set_string(TypeError, "bad argument type for built-in operation");
    return -1;
  }
  // Work on a copy when assigning an array to a slice of itself.
  Object* src = v == o ? slice_copy(a, 0, 1, a->size) : xnewref(v);
  if (v && !src)
    return -1;
  ssize m = src ? A(src)->size : 0;
  int rc = 0;
  if (step == 1) {
    if (stop < start)
      stop = start;
    ssize tail = a->size - stop;
    if (m != n && !check_resizable(a)) {
      rc = -1;
    } else if (m > n) {
      ssize old = a->size;
      if (!resize(a, old + m - n))
        rc = -1;
      else
        std::memmove(a->data + (start + m) * a->itemsize, a->data + stop * a->itemsize,
                     static_cast<size_t>(tail * a->itemsize));
    } else if (m < n) {
      std::memmove(a->data + (start + m) * a->itemsize, a->data + stop * a->itemsize,
                   static_cast<size_t>(tail * a->itemsize));
      if (!resize(a, a->size - (n - m)))
        rc = -1;
    }
    if (rc == 0 && m)
      std::memcpy(a->data + start * a->itemsize, A(src)->data, static_cast<size_t>(m * a->itemsize));
  } else if (!src) {
    // Delete an extended slice: compact the kept items.
    if (step < 0) {
      start += (n - 1) * step;
      step = -step;
    }
    ssize w = start, next = start, removed = 0;
    for (ssize r = start; r < a->size; r++) {
      if (removed < n && r == next) {
        removed++;
        next += step;
        continue;
      }
      std::memmove(a->data + w * a->itemsize, a->data + r * a->itemsize, static_cast<size_t>(a->itemsize));
      w++;
    }
    if (n && !resize(a, a->size - n))
      rc = -1;
  } else if (m != n) {
    err_format(ValueError, "attempt to assign array of size {} to extended slice of size {}", m, n);
    rc = -1;
  } else {
    for (ssize k = 0; k < n; k++)
      std::memcpy(a->data + (start + k * step) * a->itemsize, A(src)->data + k * a->itemsize,
                  static_cast<size_t>(a->itemsize));
  }
  xdecref(src);
  return rc;
}

Object* array_concat(Object* o, Object* b) {
  if (!array_check(b))
    return err_format(TypeError, "can only append array (not \"{}\") to array", type_name_of(b));
  ArrayObject *a = A(o), *c = A(b);
  if (a->typecode != c->typecode)
    return err_set_string(TypeError, "bad argument type for built-in operation");
  ArrayObject* r = new_array(&ArrayType, a->typecode, 0);
  if (!r || !append_raw(r, a->data, a->size) || !append_raw(r, c->data, c->size)) {
    xdecref(r);
    return nullptr;
  }
  return r;
}

Object* array_repeat(Object* o, ssize n) {
  ArrayObject* a = A(o);
  if (n < 0)
    n = 0;
  if (a->size && n > PTRDIFF_MAX / a->itemsize / a->size)
    return err_no_memory();
  ArrayObject* r = new_array(&ArrayType, a->typecode, a->size * n);
  if (!r)
    return nullptr;
  ssize chunk = a->size * a->itemsize;
  for (ssize k = 0; k < n; k++)
    std::memcpy(r->data + k * chunk, a->data, static_cast<size_t>(chunk));
  return r;
}

Object* array_inplace_concat(Object* o, Object* b) {
  if (!array_check(b))
    return err_format(TypeError, "can only extend array with array (not \"{}\")", type_name_of(b));
  if (A(b)->typecode != A(o)->typecode)
    return err_set_string(TypeError, "can only extend with array of same kind");
  Object* keep = newref(b);
  bool ok = append_raw(A(o), A(b)->data, A(b)->size);
  decref(keep);
  return ok ? newref(o) : nullptr;
}

Object* array_inplace_repeat(Object* o, ssize n) {
  ArrayObject* a = A(o);
  if (n <= 0)
    return resize(a, 0) ? newref(o) : nullptr;
  ssize old = a->size;
  if (old && n > PTRDIFF_MAX / a->itemsize / old)
    return err_no_memory();
  if (!resize(a, old * n))
    return nullptr;
  for (ssize k = 1; k < n; k++)
    std::memcpy(a->data + k * old * a->itemsize, a->data, static_cast<size_t>(old * a->itemsize));
  return newref(o);
}

int array_contains(Object* o, Object* v) {
  ArrayObject* a = A(o);
  for (ssize i = 0; i < a->size; i++) {
    Object* item = get_item(a, i);
    if (!item)
      return -1;
    int r = object_richcompare_bool(item, v, CMP_EQ);
    decref(item);
    if (r != 0)
      return r;
  }
  return 0;
}

Object* array_richcompare(Object* o, Object* b, int op) {
  if (!array_check(o) || !array_check(b))
    return newref(NotImplemented);
  ArrayObject *a = A(o), *c = A(b);
  if (a->size != c->size && (op == CMP_EQ || op == CMP_NE))
    return bool_from(op == CMP_NE);
  ssize n = a->size < c->size ? a->size : c->size;
  for (ssize i = 0; i < n; i++) {
    Object* x = get_item(a, i);
    Object* y = x ? get_item(c, i) : nullptr;
    int eq = y ? object_richcompare_bool(x, y, CMP_EQ) : -1;
    if (eq == 0) {
      Object* r = op == CMP_EQ   ? bool_from(false)
                  : op == CMP_NE ? bool_from(true)
                                 : object_richcompare(x, y, op);
      decref(x);
      decref(y);
      return r;
    }
    xdecref(x);
    xdecref(y);
    if (eq < 0)
      return nullptr;
  }
  ssize la = a->size, lb = c->size;
  bool r;
  switch (op) {
  case CMP_LT:
    r = la < lb;
    break;
  case CMP_LE:
    r = la <= lb;
    break;
  case CMP_EQ:
    r = la == lb;
    break;
  case CMP_NE:
    r = la != lb;
    break;
  case CMP_GT:
    r = la > lb;
    break;
  default:
    r = la >= lb;
    break;
  }
  return bool_from(r);
}

Object* array_tolist_impl(ArrayObject* a) {
  Object* l = list_new(a->size);
  if (!l)
    return nullptr;
  for (ssize i = 0; i < a->size; i++) {
    Object* v = get_item(a, i);
    if (!v) {
      decref(l);
      return nullptr;
    }
    list_set(l, i, v);
  }
  return l;
}

Object* array_repr(Object* o) {
  ArrayObject* a = A(o);
  std::string head = fmt::format("{}('{}'", type_name(o->type), a->typecode);
  if (a->size == 0)
    return str_from_utf8(head + ")");
  Object* inner;
  if (a->typecode == 'u') {
    std::u32string s(reinterpret_cast<const char32_t*>(a->data), static_cast<size_t>(a->size));
    Object* str = str_from_codepoints(reinterpret_cast<const uint32_t*>(s.data()), a->size);
    inner = str ? object_repr(str) : nullptr;
    xdecref(str);
  } else {
    Object* l = array_tolist_impl(a);
    inner = l ? object_repr(l) : nullptr;
    xdecref(l);
  }
  if (!inner)
    return nullptr;
  std::string text = head + ", " + str_to_std(inner) + ")";
  decref(inner);
  return str_from_utf8(text);
}

// ------------------------------------------------------------ methods

Object* m_append(Object* o, Object* v) {
  return append_obj(A(o), v) ? none_new() : nullptr;
}

Object* m_extend(Object* o, Object* v) {
  if (array_check(v)) {
    if (A(v)->typecode != A(o)->typecode)
      return err_set_string(TypeError, "can only extend with array of same kind");
    Object* keep = newref(v);
    bool ok = append_raw(A(o), A(v)->data, A(v)->size);
    decref(keep);
    return ok ? none_new() : nullptr;
  }
  return extend_iterable(A(o), v) ? none_new() : nullptr;
}

Object* m_insert(Object* o, Object* const* args, ssize nargs) {
  if (!check_positional("insert", nargs, 2, 2))
    return nullptr;
  ArrayObject* a = A(o);
  ssize i = number_as_ssize(args[0], nullptr);
  if (i == -1 && err_occurred())
    return nullptr;
  char buf[8];
  if (!convert_item(a->typecode, args[1], buf))
    return nullptr;
  ssize n = a->size;
  if (i < 0) {
    i += n;
    if (i < 0)
      i = 0;
  }
  if (i > n)
    i = n;
  if (!resize(a, n + 1))
    return nullptr;
  std::memmove(a->data + (i + 1) * a->itemsize, a->data + i * a->itemsize,
               static_cast<size_t>((n - i) * a->itemsize));
  std::memcpy(a->data + i * a->itemsize, buf, static_cast<size_t>(a->itemsize));
  return none_new();
}

Object* m_pop(Object* o, Object* const* args, ssize nargs) {
  if (!check_positional("pop", nargs, 0, 1))
    return nullptr;
  ArrayObject* a = A(o);
  ssize i = -1;
  if (nargs == 1) {
    i = number_as_ssize(args[0], IndexError);
    if (i == -1 && err_occurred())
      return nullptr;
  }
  if (a->size == 0)
    return err_set_string(IndexError, "pop from empty array");
  if (i < 0)
    i += a->size;
  if (i < 0 || i >= a->size)
    return err_set_string(IndexError, "pop index out of range");
  Object* v = get_item(a, i);
  if (v && !delete_range(a, i, i + 1)) {
    decref(v);
    return nullptr;
  }
  return v;
}

// Index of the first item equal to v in [start, stop), -1 if none, -2 on error.
ssize find(ArrayObject* a, Object* v, ssize start, ssize stop) {
  for (ssize i = start; i < stop && i < a->size; i++) {
    Object* item = get_item(a, i);
    if (!item)
      return -2;
    int r = object_richcompare_bool(item, v, CMP_EQ);
    decref(item);
    if (r < 0)
      return -2;
    if (r)
      return i;
  }
  return -1;
}

Object* m_index(Object* o, Object* const* args, ssize nargs) {
  if (!check_positional("index", nargs, 1, 3))
    return nullptr;
  ArrayObject* a = A(o);
  ssize start = 0, stop = PTRDIFF_MAX;
  if ((nargs > 1 && !eval_slice_index(args[1], &start)) || (nargs > 2 && !eval_slice_index(args[2], &stop)))
    return nullptr;
  if (start < 0) {
    start += a->size;
    if (start < 0)
      start = 0;
  }
  if (stop < 0) {
    stop += a->size;
    if (stop < 0)
      stop = 0;
  }
  ssize i = find(a, args[0], start, stop);
  if (i == -2)
    return nullptr;
  if (i < 0)
    return err_set_string(ValueError, "array.index(x): x not in array");
  return int_from_i64(i);
}

Object* m_remove(Object* o, Object* v) {
  ssize i = find(A(o), v, 0, A(o)->size);
  if (i == -2)
    return nullptr;
  if (i < 0)
    return err_set_string(ValueError, "array.remove(x): x not in array");
  return delete_range(A(o), i, i + 1) ? none_new() : nullptr;
}

Object* m_count(Object* o, Object* v) {
  ArrayObject* a = A(o);
  ssize n = 0;
  for (ssize i = 0; i < a->size; i++) {
    Object* item = get_item(a, i);
    if (!item)
      return nullptr;
    int r = object_richcompare_bool(item, v, CMP_EQ);
    decref(item);
    if (r < 0)
      return nullptr;
    n += r;
  }
  return int_from_i64(n);
}

Object* m_reverse(Object* o, Object*) {
  ArrayObject* a = A(o);
  char tmp[8];
  for (ssize i = 0, j = a->size - 1; i < j; i++, j--) {
    std::memcpy(tmp, a->data + i * a->itemsize, static_cast<size_t>(a->itemsize));
    std::memcpy(a->data + i * a->itemsize, a->data + j * a->itemsize, static_cast<size_t>(a->itemsize));
    std::memcpy(a->data + j * a->itemsize, tmp, static_cast<size_t>(a->itemsize));
  }
  return none_new();
}

Object* m_byteswap(Object* o, Object*) {
  ArrayObject* a = A(o);
  for (ssize i = 0; i < a->size; i++) {
    char* p = a->data + i * a->itemsize;
    for (int x = 0, y = a->itemsize - 1; x < y; x++, y--)
      std::swap(p[x], p[y]);
  }
  return none_new();
}

Object* m_buffer_info(Object* o, Object*) {
  Object* addr = int_from_u64(reinterpret_cast<uintptr_t>(A(o)->data));
  Object* n = addr ? int_from_i64(A(o)->size) : nullptr;
  Object* t = n ? tuple_pack({addr, n}) : nullptr;
  xdecref(addr);
  xdecref(n);
  return t;
}

Object* m_tobytes(Object* o, Object*) {
  return bytes_from(
      std::string_view(A(o)->data ? A(o)->data : "", static_cast<size_t>(A(o)->size * A(o)->itemsize)));
}

Object* m_frombytes(Object* o, Object* v) {
  std::string_view b;
  if (!require_bytes_like(v, &b))
    return nullptr;
  Object* keep = newref(v);
  bool ok = frombytes_impl(A(o), b);
  decref(keep);
  return ok ? none_new() : nullptr;
}

Object* m_tolist(Object* o, Object*) {
  return array_tolist_impl(A(o));
}

Object* m_fromlist(Object* o, Object* v) {
  if (!list_check(v))
    return err_set_string(TypeError, "arg must be list");
  ArrayObject* a = A(o);
  ssize old = a->size;
  for (ssize i = 0; i < list_size(v); i++) {
    if (!append_obj(a, list_get(v, i))) {
      Object* exc = err_fetch();
      resize(a, old);
      err_restore(exc);
      return nullptr;
    }
  }
  return none_new();
}

Object* m_tounicode(Object* o, Object*) {
  ArrayObject* a = A(o);
  if (a->typecode != 'u')
    return err_set_string(ValueError, "tounicode() may only be called on unicode type arrays");
  for (ssize i = 0; i < a->size; i++) {
    uint32_t c;
    std::memcpy(&c, a->data + i * 4, 4);
    if (c > 0x10FFFF)
      return err_format(ValueError, "character U+{:x} is not in range [U+0000; U+10ffff]", c);
  }
  return str_from_codepoints(reinterpret_cast<const uint32_t*>(a->data), a->size);
}

Object* m_fromunicode(Object* o, Object* v) {
  if (!str_check(v))
    return err_format(TypeError, "fromunicode() argument must be str, not {}", arg_type_name(v));
  if (A(o)->typecode != 'u')
    return err_set_string(ValueError, "fromunicode() may only be called on unicode type arrays");
  return fromunicode_impl(A(o), v) ? none_new() : nullptr;
}

Object* m_tofile(Object* o, Object* f) {
  Object* b = m_tobytes(o, nullptr);
  if (!b)
    return nullptr;
  Object* r = object_call_method(f, "write", &b, 1);
  decref(b);
  if (!r)
    return nullptr;
  decref(r);
  return none_new();
}

Object* m_fromfile(Object* o, Object* const* args, ssize nargs) {
  if (!check_positional("fromfile", nargs, 2, 2))
    return nullptr;
  ArrayObject* a = A(o);
  ssize n = number_as_ssize(args[1], OverflowError);
  if (n == -1 && err_occurred())
    return nullptr;
  if (n < 0)
    return err_set_string(ValueError, "negative count");
  if (n > PTRDIFF_MAX / a->itemsize)
    return err_no_memory();
  Object* nb = int_from_i64(n * a->itemsize);
  if (!nb)
    return nullptr;
  Object* b = object_call_method(args[0], "read", &nb, 1);
  decref(nb);
  if (!b)
    return nullptr;
  if (!bytes_check(b)) {
    decref(b);
    return err_set_string(TypeError, "read() didn't return bytes");
  }
  ssize got = bytes_size(b);
  ssize whole = got / a->itemsize;
  bool ok = append_raw(a, bytes_data(b), whole);
  decref(b);
  if (!ok)
    return nullptr;
  if (got != n * a->itemsize)
    return err_set_string(EOFError, "read() didn't return enough bytes");
  return none_new();
}

Object* m_copy(Object* o, Object*) {
  return slice_copy(A(o), 0, 1, A(o)->size);
}

Object* m_deepcopy(Object* o, Object*) {
  return m_copy(o, nullptr);
}

Object* m_sizeof(Object* o, Object*) {
  return int_from_i64(static_cast<int64_t>(sizeof(ArrayObject)) + A(o)->allocated * A(o)->itemsize);
}

// (type, (typecode, list), __dict__ or None): the protocol-2 form.
Object* m_reduce_ex(Object* o, Object*) {
  Object* tc = str_from_char(static_cast<uint32_t>(A(o)->typecode));
  Object* l = tc ? array_tolist_impl(A(o)) : nullptr;
  Object* inner = l ? tuple_pack({tc, l}) : nullptr;
  Object* dict = inner ? object_getattr_str(o, "__dict__") : nullptr;
  if (inner && !dict) {
    err_clear();
    dict = none_new();
  }
  Object* r = dict ? tuple_pack({reinterpret_cast<Object*>(o->type), inner, dict}) : nullptr;
  xdecref(tc);
  xdecref(l);
  xdecref(inner);
  xdecref(dict);
  return r;
}

// CPython names the type with its module here ('array.array').
hash_t array_hash(Object* o) {
  err_format(TypeError, "unhashable type: '{}'", o->type->name);
  return -1;
}

Object* get_typecode(Object* o, void*) {
  return str_from_char(static_cast<uint32_t>(A(o)->typecode));
}
Object* get_itemsize(Object* o, void*) {
  return int_from_i64(A(o)->itemsize);
}

// ------------------------------------------------------------ iterator

struct ArrayIterObject : Object {
  Object* array; // nullptr once exhausted
  ssize index;
};

Object* array_iter(Object* o) {
  auto* it = static_cast<ArrayIterObject*>(object_alloc(&ArrayIterType, sizeof(ArrayIterObject)));
  if (!it)
    return nullptr;
  it->array = newref(o);
  return it;
}

Object* arrayiter_next(Object* o) {
  auto* it = static_cast<ArrayIterObject*>(o);
  if (!it->array)
    return nullptr;
  if (it->index >= A(it->array)->size) {
    clear_ref(it->array);
    return nullptr;
  }
  return get_item(A(it->array), it->index++);
}

void arrayiter_dealloc(Object* o) {
  xdecref(static_cast<ArrayIterObject*>(o)->array);
  object_free(o);
}

Object* self_iter(Object* o) {
  return newref(o);
}

#define FN(f) reinterpret_cast<MethodFn>(f)
MethodDef array_methods[] = {
    {"append", m_append, METH_O, "Append new value v to the end of the array."},
    {"buffer_info", m_buffer_info, METH_NOARGS,
     "Return a tuple (address, length) giving the current memory address and the length in items."},
    {"byteswap", m_byteswap, METH_NOARGS, "Byteswap all items of the array."},
    {"count", m_count, METH_O, "Return number of occurrences of v in the array."},
    {"extend", m_extend, METH_O, "Append items to the end of the array."},
    {"frombytes", m_frombytes, METH_O,
     "Appends items from the string, interpreting it as an array of machine values."},
    {"fromfile", FN(m_fromfile), METH_FASTCALL, "Read n objects from the file object f and append them."},
    {"fromlist", m_fromlist, METH_O, "Append items to array from list."},
    {"fromunicode", m_fromunicode, METH_O, "Extends this array with data from the unicode string ustr."},
    {"index", FN(m_index), METH_FASTCALL, "Return index of first occurrence of v in the array."},
    {"insert", FN(m_insert), METH_FASTCALL, "Insert a new item v into the array before position i."},
    {"pop", FN(m_pop), METH_FASTCALL, "Return the i-th element and delete it from the array."},
    {"remove", m_remove, METH_O, "Remove the first occurrence of v in the array."},
    {"reverse", m_reverse, METH_NOARGS, "Reverse the order of the items in the array."},
    {"tobytes", m_tobytes, METH_NOARGS,
     "Convert the array to an array of machine values and return the bytes."},
    {"tofile", m_tofile, METH_O, "Write all items (as machine values) to the file object f."},
    {"tolist", m_tolist, METH_NOARGS, "Convert array to an ordinary list with the same items."},
    {"tounicode", m_tounicode, METH_NOARGS, "Extends this array with data from the unicode string ustr."},
    {"__copy__", m_copy, METH_NOARGS, "Return a copy of the array."},
    {"__deepcopy__", m_deepcopy, METH_O, "Return a copy of the array."},
    {"__reduce_ex__", m_reduce_ex, METH_O, "Return state information for pickling."},
    {"__sizeof__", m_sizeof, METH_NOARGS, "Size of the array in memory, in bytes."},
    {nullptr, nullptr, 0, nullptr},
};
#undef FN

GetSetDef array_getset[] = {
    {"typecode", get_typecode, nullptr, "the typecode character used to create the array", nullptr},
    {"itemsize", get_itemsize, nullptr, "the size, in bytes, of one array item", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

SequenceMethods array_as_sequence = {
    array_len,      array_concat,   array_repeat,         array_item,
    array_ass_item, array_contains, array_inplace_concat, array_inplace_repeat,
};
MappingMethods array_as_mapping = {array_len, array_subscript, array_ass_subscript};

} // namespace

bool array_peek_buffer(Object* o, std::string_view* out) noexcept {
  if (!array_check(o))
    return false;
  *out = std::string_view(A(o)->data ? A(o)->data : "", static_cast<size_t>(A(o)->size * A(o)->itemsize));
  return true;
}

TypeObject ArrayType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "array.array";
  t.basicsize = sizeof(ArrayObject);
  t.dealloc = array_dealloc;
  t.repr = array_repr;
  t.as_sequence = &array_as_sequence;
  t.as_mapping = &array_as_mapping;
  t.hash = array_hash;
  t.flags = TPFLAG_BASETYPE | TPFLAG_SEQUENCE; // matches `case [...]`, as in CPython
  t.doc = "array(typecode [, initializer]) -> array\n\nReturn a new array whose items are restricted by "
          "typecode.";
  t.richcompare = array_richcompare;
  t.weaklistoffset = offsetof(ArrayObject, weaklist);
  t.iter = array_iter;
  t.methods = array_methods;
  t.getset = array_getset;
  t.new_ = array_new;
  return t;
}();
COIL_REGISTER_TYPE(ArrayType);

TypeObject ArrayIterType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "array.arrayiterator";
  t.basicsize = sizeof(ArrayIterObject);
  t.dealloc = arrayiter_dealloc;
  t.iter = self_iter;
  t.iternext = arrayiter_next;
  return t;
}();
COIL_REGISTER_TYPE(ArrayIterType);

namespace {

Object* array_module_init() {
  Object* m = module_new_str("array");
  if (!m)
    return nullptr;
  Object* codes = str_from_ascii(TYPECODES);
  if (!codes || module_add_object(m, "array", &ArrayType) < 0 ||
      module_add_object(m, "ArrayType", &ArrayType) < 0 || module_add_object(m, "typecodes", codes) < 0) {
    xdecref(codes);
    decref(m);
    return nullptr;
  }
  decref(codes);
  return m;
}

} // namespace

COIL_REGISTER_MODULE("array", array_module_init);

} // namespace coil
