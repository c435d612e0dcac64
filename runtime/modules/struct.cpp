// The `_struct` module (lib/struct.py re-exports it): pack, unpack,
// calcsize, iter_unpack, pack_into, unpack_from, Struct, error.
//
// Invariants
// - A format string is parsed once into a StructLayout (a list of items with
//   their offsets); Struct objects own theirs, the module-level functions
//   go through a cache of Struct objects keyed by the format (cleared when
//   it holds 100 entries, and by _clearcache()).
// - '@' (or no prefix) is native mode: native sizes and alignment on this
//   LP64 little-endian machine; '=', '<', '>', '!' use standard sizes and no
//   alignment. 'n', 'N' and 'P' exist only in native mode.
// - Error messages are CPython 3.11's, raised as struct.error except the
//   float overflows (OverflowError) and argument-type problems (TypeError).
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/errors.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/exceptions_impl.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/memoryview.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type.h"
#include "runtime/runtime.h"

namespace coil {

static TypeObject StructError_Type =
    exc_impl::make_exception_type("struct.error", Exception, sizeof(BaseExceptionObject), nullptr);
COIL_REGISTER_TYPE(StructError_Type);

extern TypeObject StructType;     // _struct.Struct
extern TypeObject UnpackIterType; // _struct.unpack_iterator

namespace {

std::nullptr_t struct_error(std::string_view msg) {
  return err_set_string(&StructError_Type, msg);
}

struct Item {
  char code;
  ssize offset;
  ssize size;  // bytes per value (s/p: the whole field)
  ssize count; // values (s/p: 1)
};

struct StructLayout {
  char order; // '@' native, '<' little, '>' big ('=' becomes '<' here, '!' '>')
  bool native;
  ssize size;
  ssize nargs;
  std::vector<Item> items;
};

// Size of one value of `c` in native mode (0 = not a format char).
ssize native_size(char c) {
  return buffer_native_itemsize(c);
}
ssize standard_size(char c) {
  switch (c) {
  case 'n':
  case 'N':
  case 'P':
    return 0;
  case 'l':
  case 'L':
    return 4;
  default:
    return native_size(c);
  }
}

// Parses `fmt` into `out`; 0/-1 (struct.error).
int parse_format(std::string_view fmt, StructLayout& out) {
  size_t i = 0;
  out.order = '@';
  out.native = true;
  if (!fmt.empty() && std::strchr("@=<>!", fmt[0])) {
    char c = fmt[0];
    out.native = c == '@';
    out.order = c == '@' ? '@' : c == '=' || c == '<' ? '<' : '>';
    i = 1;
  }
  ssize offset = 0, nargs = 0;
  const ssize limit = ssize(1) << 62;
  while (i < fmt.size()) {
    char c = fmt[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
      i++;
      continue;
    }
    ssize count = 1;
    if (c >= '0' && c <= '9') {
      count = 0;
      while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') {
        if (count > (limit - 9) / 10) {
          struct_error("total struct size too long");
          return -1;
        }
        count = count * 10 + (fmt[i] - '0');
        i++;
      }
      if (i == fmt.size()) {
        struct_error("repeat count given without format specifier");
        return -1;
      }
      c = fmt[i];
    }
    i++;
    ssize size = out.native ? native_size(c) : standard_size(c);
    if (size == 0) {
      struct_error("bad char in struct format");
      return -1;
    }
    if (out.native && size > 1)
      offset = (offset + size - 1) / size * size;
    ssize total;
    if (c == 's' || c == 'p' || c == 'x')
      total = count;
    else if (count > limit / size) {
      struct_error("total struct size too long");
      return -1;
    } else
      total = count * size;
    if (offset > limit - total) {
      struct_error("total struct size too long");
      return -1;
    }
    if (c == 's' || c == 'p') {
      out.items.push_back({c, offset, count, 1});
      nargs++;
    } else if (c != 'x' && count > 0) {
      out.items.push_back({c, offset, size, count});
      nargs += count;
    }
    offset += total;
  }
  out.size = offset;
  out.nargs = nargs;
  return 0;
}

// ---------------------------------------------------------------- raw stores

void store_uint(char* p, uint64_t v, ssize size, char order) {
  for (ssize k = 0; k < size; k++) {
    unsigned char byte = static_cast<unsigned char>(v >> (8 * k));
    p[order == '>' ? size - 1 - k : k] = static_cast<char>(byte);
  }
}
uint64_t load_uint(const char* p, ssize size, char order) {
  uint64_t v = 0;
  for (ssize k = 0; k < size; k++) {
    unsigned char byte = static_cast<unsigned char>(p[order == '>' ? size - 1 - k : k]);
    v |= static_cast<uint64_t>(byte) << (8 * k);
  }
  return v;
}

// IEEE 754 binary16 from a double, rounding to nearest even. -1 on overflow.
int half_from_double(double x, uint16_t* out) {
  uint16_t sign = std::signbit(x) ? 0x8000 : 0;
  if (std::isnan(x)) {
    *out = sign | 0x7e00;
    return 0;
  }
  double a = std::fabs(x);
  if (std::isinf(a)) {
    *out = sign | 0x7c00;
    return 0;
  }
  if (a == 0) {
    *out = sign;
    return 0;
  }
  int e;
  double m = std::frexp(a, &e); // a = m * 2**e, 0.5 <= m < 1
  // Normal halves have exponents e-1 in [-14, 15]; below, subnormals with a
  // fixed scale of 2**-24.
  uint32_t bits;
  if (e - 1 < -14) {
    double scaled = std::ldexp(a, 24); // units of 2**-24
    double r = std::nearbyint(scaled); // current rounding mode: to nearest even
    bits = static_cast<uint32_t>(r);   // may carry into the smallest normal: still right
  } else {
    double frac = std::ldexp(m, 11); // [1024, 2048)
    double r = std::nearbyint(frac);
    uint32_t mant = static_cast<uint32_t>(r);
    int exp = e - 1;
    if (mant == 2048) {
      mant = 1024;
      exp++;
    }
    if (exp > 15)
      return -1;
    bits = (static_cast<uint32_t>(exp + 15) << 10) | (mant - 1024);
  }
  if (bits >= 0x7c00)
    return -1;
  *out = sign | static_cast<uint16_t>(bits);
  return 0;
}
// ---------------------------------------------------------------- packing

// The int behind an integer argument, or struct.error.
Object* int_arg(Object* v) {
  if (int_check(v))
    return newref(v);
  if (v->type->as_number && v->type->as_number->index)
    return number_index(v);
  return struct_error("required argument is not an integer");
}

int range_error(char code, ssize size, bool is_unsigned) {
  switch (code) {
  case 'b':
    struct_error("byte format requires -128 <= number <= 127");
    return -1;
  case 'B':
    struct_error("ubyte format requires 0 <= number <= 255");
    return -1;
  case 'h':
    struct_error("short format requires -32768 <= number <= 32767");
    return -1;
  case 'H':
    struct_error("ushort format requires 0 <= number <= 65535");
    return -1;
  default:
    break;
  }
  int bits = static_cast<int>(size * 8);
  if (is_unsigned)
    err_format(&StructError_Type, "'{}' format requires 0 <= number <= {}", code, (uint64_t(1) << bits) - 1);
  else
    err_format(&StructError_Type, "'{}' format requires {} <= number <= {}", code,
               -(int64_t(1) << (bits - 1)), (int64_t(1) << (bits - 1)) - 1);
  return -1;
}

int pack_int(char code, ssize size, char order, Object* v, char* p) {
  Object* n = int_arg(v);
  if (!n)
    return -1;
  bool is_unsigned = code == 'I' || code == 'L' || code == 'Q' || code == 'N';
  uint64_t bits;
  if (code == 'P') {
    // A pointer: any value of [-2**63, 2**64).
    bool overflow = false;
    int64_t s = int_as_i64(n, &overflow);
    if (!overflow) {
      bits = static_cast<uint64_t>(s);
    } else {
      mpz_t z;
      mpz_init(z);
      int_to_mpz(n, z);
      bool fits = mpz_sgn(z) > 0 && mpz_sizeinbase(z, 2) <= 64;
      bits = fits ? mpz_get_ui(z) : 0;
      mpz_clear(z);
      if (!fits) {
        decref(n);
        struct_error("int too large to convert");
        return -1;
      }
    }
  } else if (is_unsigned) {
    bool ok = int_sign(n) >= 0;
    bits = 0;
    if (ok) {
      mpz_t z;
      mpz_init(z);
      int_to_mpz(n, z);
      ok = mpz_sizeinbase(z, 2) <= 64;
      if (ok)
        bits = mpz_get_ui(z);
      mpz_clear(z);
    }
    if (!ok) {
      decref(n);
      struct_error("argument out of range");
      return -1;
    }
    if (size < 8 && bits > (uint64_t(1) << (size * 8)) - 1) {
      decref(n);
      return range_error(code, size, true);
    }
  } else {
    bool overflow = false;
    int64_t s = int_as_i64(n, &overflow);
    if (overflow) {
      decref(n);
      struct_error("argument out of range");
      return -1;
    }
    if (code == 'B' || code == 'H') {
      if (s < 0 || s > (int64_t(1) << (size * 8)) - 1) {
        decref(n);
        return range_error(code, size, true);
      }
    } else if (size < 8) {
      int64_t lim = int64_t(1) << (size * 8 - 1);
      if (s < -lim || s >= lim) {
        decref(n);
        return range_error(code, size, false);
      }
    }
    bits = static_cast<uint64_t>(s);
  }
  decref(n);
  store_uint(p, bits, size, order);
  return 0;
}

int float_arg(Object* v, double* out) {
  if (float_check(v)) {
    *out = float_value(v);
    return 0;
  }
  NumberMethods* nb = v->type->as_number;
  if (!nb || (!nb->float_ && !nb->index)) {
    struct_error("required argument is not a float");
    return -1;
  }
  Object* f = number_float(v);
  if (!f)
    return -1;
  *out = float_value(f);
  decref(f);
  return 0;
}

int pack_value(const StructLayout& L, const Item& it, Object* v, char* p) {
  char order = L.order == '@' ? '<' : L.order;
  switch (it.code) {
  case 'c':
    if (!bytes_check(v) || bytes_size(v) != 1) {
      struct_error("char format requires a bytes object of length 1");
      return -1;
    }
    *p = bytes_data(v)[0];
    return 0;
  case '?': {
    int t = object_is_true(v);
    if (t < 0)
      return -1;
    *p = static_cast<char>(t);
    return 0;
  }
  case 's':
  case 'p': {
    std::string_view d;
    if (bytes_check(v))
      d = bytes_view(v);
    else if (bytearray_check(v))
      d = std::string_view(static_cast<ByteArrayObject*>(v)->buffer ? static_cast<ByteArrayObject*>(v)->buffer
                                                                    : "",
                           static_cast<size_t>(static_cast<ByteArrayObject*>(v)->size));
    else {
      err_format(&StructError_Type, "argument for '{}' must be a bytes object", it.code);
      return -1;
    }
    ssize n = static_cast<ssize>(d.size());
    if (it.code == 's') {
      if (n > it.size)
        n = it.size;
      std::memcpy(p, d.data(), static_cast<size_t>(n));
    } else if (it.size > 0) {
      if (n > it.size - 1)
        n = it.size - 1;
      if (n > 255)
        n = 255;
      std::memcpy(p + 1, d.data(), static_cast<size_t>(n));
      *p = static_cast<char>(n);
    }
    return 0;
  }
  case 'e': {
    double x;
    if (float_arg(v, &x) < 0)
      return -1;
    uint16_t h;
    if (half_from_double(x, &h) < 0) {
      err_set_string(OverflowError, "float too large to pack with e format");
      return -1;
    }
    store_uint(p, h, 2, order);
    return 0;
  }
  case 'f': {
    double x;
    if (float_arg(v, &x) < 0)
      return -1;
    float y = static_cast<float>(x);
    if (std::isinf(y) && !std::isinf(x)) {
      err_set_string(OverflowError, "float too large to pack with f format");
      return -1;
    }
    uint32_t bits;
    std::memcpy(&bits, &y, 4);
    store_uint(p, bits, 4, order);
    return 0;
  }
  case 'd': {
    double x;
    if (float_arg(v, &x) < 0)
      return -1;
    uint64_t bits;
    std::memcpy(&bits, &x, 8);
    store_uint(p, bits, 8, order);
    return 0;
  }
  default:
    return pack_int(it.code, it.size, order, v, p);
  }
}

// Packs args into p (layout size bytes, zero-filled by the caller).
int pack_all(const StructLayout& L, Object* const* args, char* p) {
  ssize k = 0;
  for (const Item& it : L.items) {
    for (ssize j = 0; j < it.count; j++)
      if (pack_value(L, it, args[k++], p + it.offset + j * it.size) < 0)
        return -1;
  }
  return 0;
}

// ---------------------------------------------------------------- unpacking

Object* unpack_value(const StructLayout& L, const Item& it, const char* p) {
  char order = L.order == '@' ? '<' : L.order;
  switch (it.code) {
  case 'c':
    return bytes_from(std::string_view(p, 1));
  case '?':
    return bool_from(*p != 0);
  case 's':
    return bytes_from(std::string_view(p, static_cast<size_t>(it.size)));
  case 'p': {
    if (it.size == 0)
      return bytes_from("");
    ssize n = static_cast<unsigned char>(*p);
    if (n > it.size - 1)
      n = it.size - 1;
    return bytes_from(std::string_view(p + 1, static_cast<size_t>(n)));
  }
  case 'e':
    return float_from_double(buffer_half_to_double(static_cast<uint16_t>(load_uint(p, 2, order))));
  case 'f': {
    uint32_t bits = static_cast<uint32_t>(load_uint(p, 4, order));
    float y;
    std::memcpy(&y, &bits, 4);
    return float_from_double(y);
  }
  case 'd': {
    uint64_t bits = load_uint(p, 8, order);
    double x;
    std::memcpy(&x, &bits, 8);
    return float_from_double(x);
  }
  case 'b':
  case 'h':
  case 'i':
  case 'l':
  case 'q':
  case 'n': {
    uint64_t u = load_uint(p, it.size, order);
    int shift = static_cast<int>(64 - 8 * it.size);
    int64_t s = static_cast<int64_t>(u << shift) >> shift;
    return int_from_i64(s);
  }
  default:
    return int_from_u64(load_uint(p, it.size, order));
  }
}

Object* unpack_all(const StructLayout& L, const char* p) {
  Object* t = tuple_new(L.nargs);
  if (!t)
    return nullptr;
  ssize k = 0;
  for (const Item& it : L.items) {
    for (ssize j = 0; j < it.count; j++) {
      Object* v = unpack_value(L, it, p + it.offset + j * it.size);
      if (!v) {
        decref(t);
        return nullptr;
      }
      tuple_set(t, k++, v);
    }
  }
  return t;
}

} // namespace

// ---------------------------------------------------------------- Struct

struct StructObject : Object {
  Object* format; // str
  StructLayout* layout;
  Object* weakreflist;
};

namespace {

StructObject* S(Object* o) {
  return static_cast<StructObject*>(o);
}

// Sets the format of `self` from a str or bytes object; 0/-1.
int struct_set_format(Object* self, Object* fmt, const char* fname) {
  Object* text;
  if (str_check(fmt))
    text = newref(fmt);
  else if (bytes_check(fmt))
    text = str_decode_utf8(bytes_view(fmt), "strict");
  else {
    err_format(TypeError, "{}() argument 1 must be a str or bytes object, not {}", fname, arg_type_name(fmt));
    return -1;
  }
  if (!text)
    return -1;
  auto* layout = new StructLayout();
  if (parse_format(str_to_std(text), *layout) < 0) {
    delete layout;
    decref(text);
    return -1;
  }
  delete S(self)->layout;
  S(self)->layout = layout;
  setref(S(self)->format, text);
  return 0;
}

Object* struct_tp_new(TypeObject* type, Object* args, Object* kwargs) {
  Object* self = type_generic_alloc(type, 0);
  if (!self)
    return nullptr;
  S(self)->format = nullptr;
  S(self)->layout = nullptr;
  (void)args;
  (void)kwargs;
  return self;
}

int struct_init(Object* self, Object* args, Object* kwargs) {
  Object* fmt = nullptr;
  ssize n = tuple_size(args);
  if (kwargs && dict_size(kwargs) > 0) {
    Object* key;
    Object* value;
    ssize pos = 0;
    while (dict_next(kwargs, &pos, &key, &value)) {
      if (!str_equal_ascii(key, "format") || n > 0) {
        if (str_equal_ascii(key, "format"))
          err_set_string(TypeError, "argument for Struct() given by name ('format') and position (1)");
        else
          err_format(TypeError, "'{}' is an invalid keyword argument for Struct()", str_to_std(key));
        return -1;
      }
      fmt = value;
    }
  }
  if (n > 1) {
    err_format(TypeError, "Struct() takes at most 1 argument ({} given)", n);
    return -1;
  }
  if (n == 1)
    fmt = tuple_get(args, 0);
  if (!fmt) {
    err_set_string(TypeError, "Struct() missing required argument 'format' (pos 1)");
    return -1;
  }
  return struct_set_format(self, fmt, "Struct");
}

void struct_dealloc(Object* self) {
  delete S(self)->layout;
  xdecref(S(self)->format);
  TypeObject* t = self->type;
  if (t->free_)
    t->free_(self);
  else
    object_free(self);
  if (type_has_flag(t, TPFLAG_HEAPTYPE))
    decref(t);
}

int check_ready(Object* self) {
  if (!S(self)->layout) {
    err_set_string(ValueError, "Struct object is not initialized");
    return -1;
  }
  return 0;
}

Object* do_pack(Object* self, Object* const* args, ssize nargs) {
  if (check_ready(self) < 0)
    return nullptr;
  const StructLayout& L = *S(self)->layout;
  if (nargs != L.nargs)
    return err_format(&StructError_Type, "pack expected {} items for packing (got {})", L.nargs, nargs);
  Object* b = bytes_new_uninit(L.size);
  if (!b)
    return nullptr;
  char* p = static_cast<BytesObject*>(b)->data;
  std::memset(p, 0, static_cast<size_t>(L.size));
  if (pack_all(L, args, p) < 0) {
    decref(b);
    return nullptr;
  }
  return b;
}

// A read buffer for unpacking: fills `view` (release it after).
int get_read_buffer(Object* o, BufferView* view) {
  return object_get_buffer(o, view, BUF_SIMPLE);
}

Object* do_unpack(Object* self, Object* buffer) {
  if (check_ready(self) < 0)
    return nullptr;
  const StructLayout& L = *S(self)->layout;
  BufferView view;
  if (get_read_buffer(buffer, &view) < 0)
    return nullptr;
  Object* r;
  if (view.len != L.size)
    r = err_format(&StructError_Type, "unpack requires a buffer of {} bytes", L.size);
  else
    r = unpack_all(L, view.buf);
  buffer_release(&view);
  return r;
}

int offset_arg(Object* o, ssize* out) {
  Object* n = number_index(o);
  if (!n)
    return -1;
  *out = int_as_ssize(n);
  decref(n);
  return *out == -1 && err_occurred() ? -1 : 0;
}

Object* do_unpack_from(Object* self, Object* buffer, Object* offset_obj) {
  if (check_ready(self) < 0)
    return nullptr;
  const StructLayout& L = *S(self)->layout;
  ssize offset = 0;
  if (offset_obj && offset_arg(offset_obj, &offset) < 0)
    return nullptr;
  BufferView view;
  if (get_read_buffer(buffer, &view) < 0)
    return nullptr;
  Object* r = nullptr;
  if (offset < 0) {
    if (offset + view.len < 0)
      err_format(&StructError_Type, "offset {} out of range for {}-byte buffer", offset, view.len);
    else if (-offset < L.size)
      err_format(&StructError_Type, "not enough data to unpack {} bytes at offset {}", L.size, offset);
    else
      offset += view.len;
  } else if (view.len - offset < L.size) {
    err_format(
        &StructError_Type,
        "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} (actual "
        "buffer size is {})",
        L.size + offset, L.size, offset, view.len);
  }
  if (!err_occurred())
    r = unpack_all(L, view.buf + offset);
  buffer_release(&view);
  return r;
}

Object* do_pack_into(Object* self, Object* const* args, ssize nargs) {
  if (check_ready(self) < 0)
    return nullptr;
  const StructLayout& L = *S(self)->layout;
  if (nargs != L.nargs + 2) {
    if (nargs == 0)
      return struct_error("pack_into expected buffer argument");
    if (nargs == 1)
      return struct_error("pack_into expected offset argument");
    return err_format(&StructError_Type, "pack_into expected {} items for packing (got {})", L.nargs,
                      nargs - 2);
  }
  BufferView view;
  if (object_get_buffer(args[0], &view, BUF_WRITABLE) < 0)
    return nullptr;
  ssize offset;
  if (offset_arg(args[1], &offset) < 0) {
    buffer_release(&view);
    return nullptr;
  }
  bool bad = true;
  if (offset < 0) {
    if (offset + L.size > 0)
      err_format(&StructError_Type, "no space to pack {} bytes at offset {}", L.size, offset);
    else if (offset + view.len < 0)
      err_format(&StructError_Type, "offset {} out of range for {}-byte buffer", offset, view.len);
    else {
      offset += view.len;
      bad = false;
    }
  } else if (view.len - offset < L.size) {
    err_format(&StructError_Type,
               "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {} (actual "
               "buffer size is {})",
               L.size + offset, L.size, offset, view.len);
  } else {
    bad = false;
  }
  if (bad) {
    buffer_release(&view);
    return nullptr;
  }
  // As CPython: the field is zeroed, then values are written in order (a
  // failing value leaves the ones before it written).
  std::memset(view.buf + offset, 0, static_cast<size_t>(L.size));
  int r = pack_all(L, args + 2, view.buf + offset);
  buffer_release(&view);
  if (r < 0)
    return nullptr;
  return none_new();
}

Object* struct_pack(Object* self, Object* const* args, ssize nargs) {
  return do_pack(self, args, nargs);
}
Object* struct_unpack(Object* self, Object* arg) {
  return do_unpack(self, arg);
}

// (buffer, offset=0) with keywords, as CPython's clinic signature.
int parse_buffer_offset(const char* fname, Object* const* args, ssize nargs, Object* kwnames, Object** buffer,
                        Object** offset) {
  *buffer = nargs > 0 ? args[0] : nullptr;
  *offset = nargs > 1 ? args[1] : nullptr;
  if (nargs > 2) {
    err_format(TypeError, "{}() takes at most 2 arguments ({} given)", fname,
               nargs + (kwnames ? tuple_size(kwnames) : 0));
    return -1;
  }
  for (ssize k = 0; kwnames && k < tuple_size(kwnames); k++) {
    Object* key = tuple_get(kwnames, k);
    Object** slot = str_equal_ascii(key, "buffer")   ? buffer
                    : str_equal_ascii(key, "offset") ? offset
                                                     : nullptr;
    if (!slot) {
      err_format(TypeError, "'{}' is an invalid keyword argument for {}()", str_to_std(key), fname);
      return -1;
    }
    if (*slot) {
      err_format(TypeError, "argument for {}() given by name ('{}') and position ({})", fname,
                 str_to_std(key), slot == buffer ? 1 : 2);
      return -1;
    }
    *slot = args[nargs + k];
  }
  if (!*buffer) {
    err_format(TypeError, "{}() missing required argument 'buffer' (pos 1)", fname);
    return -1;
  }
  return 0;
}

Object* struct_unpack_from(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object *buffer, *offset;
  if (parse_buffer_offset("unpack_from", args, nargs, kwnames, &buffer, &offset) < 0)
    return nullptr;
  return do_unpack_from(self, buffer, offset);
}
Object* struct_pack_into(Object* self, Object* const* args, ssize nargs) {
  return do_pack_into(self, args, nargs);
}

struct UnpackIterObject : Object {
  Object* so; // Struct
  BufferView view;
  ssize index; // byte offset of the next record
};

Object* do_iter_unpack(Object* self, Object* buffer) {
  if (check_ready(self) < 0)
    return nullptr;
  const StructLayout& L = *S(self)->layout;
  if (L.size == 0)
    return struct_error("cannot iteratively unpack with a struct of length 0");
  auto* it = static_cast<UnpackIterObject*>(object_alloc(&UnpackIterType, sizeof(UnpackIterObject)));
  if (!it)
    return nullptr;
  it->so = nullptr;
  it->view.obj = nullptr;
  if (get_read_buffer(buffer, &it->view) < 0) {
    decref(it);
    return nullptr;
  }
  if (it->view.len % L.size != 0) {
    decref(it);
    return err_format(&StructError_Type, "iterative unpacking requires a buffer of a multiple of {} bytes",
                      L.size);
  }
  it->so = newref(self);
  it->index = 0;
  return it;
}
Object* struct_iter_unpack(Object* self, Object* arg) {
  return do_iter_unpack(self, arg);
}

Object* struct_get_format(Object* self, void*) {
  if (!S(self)->format)
    return none_new();
  return newref(S(self)->format);
}
Object* struct_get_size(Object* self, void*) {
  if (check_ready(self) < 0)
    return nullptr;
  return int_from_i64(S(self)->layout->size);
}

Object* struct_sizeof(Object* self, Object*) {
  ssize n = self->type->basicsize;
  if (S(self)->layout)
    n += static_cast<ssize>(sizeof(StructLayout) + S(self)->layout->items.size() * sizeof(Item));
  return int_from_i64(n);
}

#define FN(f) reinterpret_cast<MethodFn>(reinterpret_cast<void*>(f))
MethodDef struct_methods[] = {
    {"iter_unpack", struct_iter_unpack, METH_O,
     "Return an iterator yielding tuples.\n\nTuples are unpacked from the given bytes source, like a "
     "repeated "
     "invocation of unpack_from().\n\nRequires that the bytes length be a multiple of the struct size."},
    {"pack", FN(struct_pack), METH_FASTCALL,
     "S.pack(v1, v2, ...) -> bytes\n\nReturn a bytes object containing values v1, v2, ... packed "
     "according\nto "
     "the format string S.format.  See help(struct) for more on format\nstrings."},
    {"pack_into", FN(struct_pack_into), METH_FASTCALL,
     "S.pack_into(buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format string "
     "S.format\nand write the packed bytes into the writable buffer buf starting at\noffset.  Note that the "
     "offset is a required argument.  See\nhelp(struct) for more on format strings."},
    {"unpack", struct_unpack, METH_O,
     "Return a tuple containing unpacked values.\n\nUnpack according to the format string Struct.format. The "
     "buffer's size\nin bytes must be Struct.size.\n\nSee help(struct) for more on format strings."},
    {"unpack_from", FN(struct_unpack_from), METH_FASTCALL | METH_KEYWORDS,
     "Return a tuple containing unpacked values.\n\nValues are unpacked according to the format string "
     "Struct.format.\n\nThe buffer's size in bytes, starting at position offset, must be\nat least "
     "Struct.size.\n\nSee help(struct) for more on format strings."},
    {"__sizeof__", struct_sizeof, METH_NOARGS, "S.__sizeof__() -> size of S in memory, in bytes"},
    {nullptr, nullptr, 0, nullptr},
};

GetSetDef struct_getset[] = {
    {"format", struct_get_format, nullptr, "struct format string", nullptr},
    {"size", struct_get_size, nullptr, "struct size in bytes", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ---------------------------------------------------------------- unpack_iterator

void unpackiter_dealloc(Object* self) {
  auto* it = static_cast<UnpackIterObject*>(self);
  if (it->view.obj)
    buffer_release(&it->view);
  xdecref(it->so);
  object_free(self);
}
Object* unpackiter_next(Object* self) {
  auto* it = static_cast<UnpackIterObject*>(self);
  if (!it->so)
    return nullptr;
  const StructLayout& L = *S(it->so)->layout;
  if (it->index + L.size > it->view.len) {
    buffer_release(&it->view);
    clear_ref(it->so);
    return nullptr;
  }
  Object* r = unpack_all(L, it->view.buf + it->index);
  it->index += L.size;
  return r;
}
Object* unpackiter_length_hint(Object* self, Object*) {
  auto* it = static_cast<UnpackIterObject*>(self);
  if (!it->so)
    return int_from_i64(0);
  return int_from_i64((it->view.len - it->index) / S(it->so)->layout->size);
}
Object* self_iter(Object* self) {
  return newref(self);
}
MethodDef unpackiter_methods[] = {
    {"__length_hint__", unpackiter_length_hint, METH_NOARGS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

} // namespace

TypeObject StructType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "_struct.Struct";
  t.basicsize = sizeof(StructObject);
  t.dealloc = struct_dealloc;
  t.getattro = object_generic_getattr;
  t.flags = TPFLAG_BASETYPE;
  t.doc = "Struct(format)\n--\n\nCreate a compiled struct object.\n\nReturn a new Struct object which writes "
          "and reads binary data according to\nthe format string.\n\nSee help(struct) for more on format "
          "strings.";
  t.weaklistoffset = offsetof(StructObject, weakreflist);
  t.methods = struct_methods;
  t.getset = struct_getset;
  t.init = struct_init;
  t.new_ = struct_tp_new;
  return t;
}();
COIL_REGISTER_TYPE(StructType);

TypeObject UnpackIterType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "_struct.unpack_iterator";
  t.basicsize = sizeof(UnpackIterObject);
  t.dealloc = unpackiter_dealloc;
  t.getattro = object_generic_getattr;
  t.flags = TPFLAG_DISALLOW_INSTANTIATION;
  t.iter = self_iter;
  t.iternext = unpackiter_next;
  t.methods = unpackiter_methods;
  return t;
}();
COIL_REGISTER_TYPE(UnpackIterType);

// ---------------------------------------------------------------- module functions

namespace {

Object* struct_cache = nullptr; // dict: format -> Struct

// The cached Struct for a format argument, new reference.
Object* cached_struct(Object* fmt) {
  if (!struct_cache) {
    struct_cache = dict_new();
    if (!struct_cache)
      return nullptr;
  }
  if (str_check_exact(fmt) || (bytes_check(fmt) && fmt->type == &BytesType)) {
    Object* s = dict_getitem(struct_cache, fmt);
    if (s)
      return newref(s);
    if (err_occurred())
      return nullptr;
  }
  Object* s = struct_tp_new(&StructType, nullptr, nullptr);
  if (!s)
    return nullptr;
  if (struct_set_format(s, fmt, "Struct") < 0) {
    decref(s);
    return nullptr;
  }
  if (str_check_exact(fmt) || (bytes_check(fmt) && fmt->type == &BytesType)) {
    if (dict_size(struct_cache) >= 100)
      dict_clear(struct_cache);
    if (dict_setitem(struct_cache, fmt, s) < 0) {
      decref(s);
      return nullptr;
    }
  }
  return s;
}

Object* mod_calcsize(Object*, Object* fmt) {
  Object* s = cached_struct(fmt);
  if (!s)
    return nullptr;
  Object* r = int_from_i64(S(s)->layout->size);
  decref(s);
  return r;
}

Object* mod_pack(Object*, Object* const* args, ssize nargs) {
  if (nargs < 1)
    return err_set_string(TypeError, "missing format argument");
  Object* s = cached_struct(args[0]);
  if (!s)
    return nullptr;
  Object* r = do_pack(s, args + 1, nargs - 1);
  decref(s);
  return r;
}

Object* mod_pack_into(Object*, Object* const* args, ssize nargs) {
  if (nargs < 1)
    return err_set_string(TypeError, "missing format argument");
  Object* s = cached_struct(args[0]);
  if (!s)
    return nullptr;
  Object* r = do_pack_into(s, args + 1, nargs - 1);
  decref(s);
  return r;
}

int two_args(const char* fname, ssize nargs) {
  if (nargs != 2) {
    err_format(TypeError, "{} expected 2 arguments, got {}", fname, nargs);
    return -1;
  }
  return 0;
}

Object* mod_unpack(Object*, Object* const* args, ssize nargs) {
  if (two_args("unpack", nargs) < 0)
    return nullptr;
  Object* s = cached_struct(args[0]);
  if (!s)
    return nullptr;
  Object* r = do_unpack(s, args[1]);
  decref(s);
  return r;
}

Object* mod_iter_unpack(Object*, Object* const* args, ssize nargs) {
  if (two_args("iter_unpack", nargs) < 0)
    return nullptr;
  Object* s = cached_struct(args[0]);
  if (!s)
    return nullptr;
  Object* r = do_iter_unpack(s, args[1]);
  decref(s);
  return r;
}

Object* mod_unpack_from(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (nargs < 1)
    return err_set_string(TypeError, "unpack_from() missing required argument 'format' (pos 1)");
  Object *buffer, *offset;
  if (parse_buffer_offset("unpack_from", args + 1, nargs - 1, kwnames, &buffer, &offset) < 0)
    return nullptr;
  Object* s = cached_struct(args[0]);
  if (!s)
    return nullptr;
  Object* r = do_unpack_from(s, buffer, offset);
  decref(s);
  return r;
}

Object* mod_clearcache(Object*, Object*) {
  if (struct_cache)
    dict_clear(struct_cache);
  return none_new();
}

MethodDef module_functions[] = {
    {"_clearcache", mod_clearcache, METH_NOARGS, "Clear the internal cache."},
    {"calcsize", mod_calcsize, METH_O, "Return size in bytes of the struct described by the format string."},
    {"iter_unpack", FN(mod_iter_unpack), METH_FASTCALL,
     "Return an iterator yielding tuples unpacked from the given bytes."},
    {"pack", FN(mod_pack), METH_FASTCALL,
     "pack(format, v1, v2, ...) -> bytes\n\nReturn a bytes object containing the values v1, v2, ... packed "
     "according\nto the format string.  See help(struct) for more on format strings."},
    {"pack_into", FN(mod_pack_into), METH_FASTCALL,
     "pack_into(format, buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format "
     "string and write\nthe packed bytes into the writable buffer buf starting at offset."},
    {"unpack", FN(mod_unpack), METH_FASTCALL,
     "Return a tuple containing values unpacked according to the format string."},
    {"unpack_from", FN(mod_unpack_from), METH_FASTCALL | METH_KEYWORDS,
     "Return a tuple containing values unpacked according to the format string."},
    {nullptr, nullptr, 0, nullptr},
};
#undef FN

Object* struct_module_init() {
  Object* m = module_new_str("_struct");
  if (!m)
    return nullptr;
  if (module_add_functions(m, module_functions) < 0 || module_add_object(m, "Struct", &StructType) < 0 ||
      module_add_object(m, "error", &StructError_Type) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

} // namespace

COIL_REGISTER_MODULE("_struct", struct_module_init);

} // namespace coil
