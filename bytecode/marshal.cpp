// The marshal writer and reader (bytecode/marshal.h).
//
// Invariants
// - Writer: an object whose reference count is not 1 is entered in the
//   identity table (version >= 3) when first written, with FLAG_REF on its
//   type byte; later occurrences are written as TYPE_REF + index. Indices
//   are assigned in the order objects are first met, exactly as CPython, so
//   the reader's table lines up.
// - Reader: `refs` holds one slot per FLAG_REF object in the same order. A
//   slot is reserved before a container's elements are read; lists, dicts and
//   sets are usable (and self-referable) at once, tuples, frozensets and code
//   objects only once complete (nullptr meanwhile: a reference to it is
//   invalid).
// - The reader allocates only in proportion to the bytes consumed: element
//   counts are never used to pre-size anything larger than what is left.
#include "bytecode/marshal.h"

#include <gmp.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <unordered_map>
#include <vector>

#include "runtime/errors.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/code.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/set.h"
#include "runtime/objects/str.h"
#include "runtime/objects/str_impl.h"
#include "runtime/objects/tuple.h"

namespace coil::bytecode {

namespace {

enum : uint8_t {
  TYPE_NULL = '0',
  TYPE_NONE = 'N',
  TYPE_FALSE = 'F',
  TYPE_TRUE = 'T',
  TYPE_STOPITER = 'S',
  TYPE_ELLIPSIS = '.',
  TYPE_INT = 'i',
  TYPE_INT64 = 'I', // read only (old format)
  TYPE_FLOAT = 'f',
  TYPE_BINARY_FLOAT = 'g',
  TYPE_COMPLEX = 'x',
  TYPE_BINARY_COMPLEX = 'y',
  TYPE_LONG = 'l',
  TYPE_STRING = 's',
  TYPE_INTERNED = 't',
  TYPE_REF = 'r',
  TYPE_TUPLE = '(',
  TYPE_LIST = '[',
  TYPE_DICT = '{',
  TYPE_CODE = 'c',
  TYPE_UNICODE = 'u',
  TYPE_UNKNOWN = '?',
  TYPE_SET = '<',
  TYPE_FROZENSET = '>',
  TYPE_ASCII = 'a',
  TYPE_ASCII_INTERNED = 'A',
  TYPE_SMALL_TUPLE = ')',
  TYPE_SHORT_ASCII = 'z',
  TYPE_SHORT_ASCII_INTERNED = 'Z',
  FLAG_REF = 0x80,
};

constexpr int LONG_SHIFT = 15; // marshal's int digits: base 2**15
constexpr int64_t SIZE32_MAX = 0x7fffffff;

// ================================================================ writer

struct Writer {
  std::string& out;
  int version;
  int depth = 0;
  enum { OK, UNMARSHALLABLE, NESTED, OTHER } error = OK;
  std::unordered_map<Object*, uint32_t> refs;

  void byte(int b) { out.push_back(char(b)); }
  void i32(int64_t v) {
    uint32_t u = uint32_t(v);
    for (int i = 0; i < 4; i++)
      out.push_back(char((u >> (8 * i)) & 0xff));
  }
  void raw(std::string_view s) { out.append(s); }
  void pstring(std::string_view s) {
    i32(int64_t(s.size()));
    raw(s);
  }
  void f64(double d) {
    uint64_t u;
    std::memcpy(&u, &d, 8);
    for (int i = 0; i < 8; i++)
      out.push_back(char((u >> (8 * i)) & 0xff));
  }

  // True when `o` was written as a back-reference; otherwise may set FLAG_REF.
  bool ref(Object* o, int* flag) {
    if (version < 3 || o->refcnt == 1)
      return false;
    auto it = refs.find(o);
    if (it != refs.end()) {
      byte(TYPE_REF);
      i32(it->second);
      return true;
    }
    size_t n = refs.size();
    if (n >= size_t(SIZE32_MAX)) {
      error = OTHER;
      err_set_string(ValueError, "too many objects");
      return true;
    }
    refs.emplace(o, uint32_t(n));
    *flag |= FLAG_REF;
    return false;
  }

  // object() and complex_object() recurse once per nesting level (up to
  // MARSHAL_MAX_DEPTH): the helpers with large frames stay out of line so
  // the recursion's frame stays small (an ASan build overflowed the stack).
  void object(Object* o);
  void complex_object(Object* o, int flag);
  [[gnu::noinline]] void long_object(Object* o, int flag);
  [[gnu::noinline]] void float_text(double d);
  [[gnu::noinline]] void str_object(Object* o, int flag);
  [[gnu::noinline]] void set_object(Object* o, int flag);
  [[gnu::noinline]] void code_object(Object* o, int flag);
};

// UTF-8 with surrogates passed through (CPython's "surrogatepass").
std::string utf8_surrogatepass(Object* s) {
  std::string r;
  ssize n = str_length(s);
  r.reserve(size_t(n));
  for (ssize i = 0; i < n; i++) {
    uint32_t c = str_char_at(s, i);
    if (c < 0x80) {
      r.push_back(char(c));
    } else if (c < 0x800) {
      r.push_back(char(0xc0 | (c >> 6)));
      r.push_back(char(0x80 | (c & 0x3f)));
    } else if (c < 0x10000) {
      r.push_back(char(0xe0 | (c >> 12)));
      r.push_back(char(0x80 | ((c >> 6) & 0x3f)));
      r.push_back(char(0x80 | (c & 0x3f)));
    } else {
      r.push_back(char(0xf0 | (c >> 18)));
      r.push_back(char(0x80 | ((c >> 12) & 0x3f)));
      r.push_back(char(0x80 | ((c >> 6) & 0x3f)));
      r.push_back(char(0x80 | (c & 0x3f)));
    }
  }
  return r;
}

void Writer::object(Object* o) {
  if (error != OK)
    return;
  depth++;
  if (depth > MARSHAL_MAX_DEPTH) {
    error = NESTED;
  } else if (o == nullptr) {
    byte(TYPE_NULL);
  } else if (o == None) {
    byte(TYPE_NONE);
  } else if (o == static_cast<Object*>(StopIteration)) {
    byte(TYPE_STOPITER);
  } else if (o == Ellipsis) {
    byte(TYPE_ELLIPSIS);
  } else if (o == False) {
    byte(TYPE_FALSE);
  } else if (o == True) {
    byte(TYPE_TRUE);
  } else {
    int flag = 0;
    if (!ref(o, &flag))
      complex_object(o, flag);
  }
  depth--;
}

void Writer::long_object(Object* o, int flag) {
  bool overflow = false;
  int64_t v = int_as_i64(o, &overflow);
  if (!overflow && v >= -SIZE32_MAX - 1 && v <= SIZE32_MAX) {
    byte(TYPE_INT | flag);
    i32(v);
    return;
  }
  // Base 2**15 digits, least significant first; the count carries the sign.
  mpz_t z;
  mpz_init(z);
  int_to_mpz(o, z);
  int sign = mpz_sgn(z);
  mpz_abs(z, z);
  size_t nbits = mpz_sizeinbase(z, 2);
  size_t nbytes = (nbits + 7) / 8;
  std::vector<unsigned char> le(nbytes + 2, 0);
  size_t written = 0;
  mpz_export(le.data(), &written, -1, 1, 0, 0, z);
  mpz_clear(z);
  size_t ndigits = (nbits + LONG_SHIFT - 1) / LONG_SHIFT;
  if (ndigits > size_t(SIZE32_MAX)) {
    error = OTHER;
    err_set_string(ValueError, "int too large to marshal");
    return;
  }
  byte(TYPE_LONG | flag);
  i32(sign < 0 ? -int64_t(ndigits) : int64_t(ndigits));
  for (size_t d = 0; d < ndigits; d++) {
    size_t bit = d * LONG_SHIFT;
    uint32_t window = 0;
    for (size_t k = 0; k < 3 && bit / 8 + k < le.size(); k++)
      window |= uint32_t(le[bit / 8 + k]) << (8 * k);
    uint32_t digit = (window >> (bit % 8)) & 0x7fff;
    byte(digit & 0xff);
    byte(digit >> 8);
  }
}

// Versions 0 and 1 write floats as text: repr-like with 17 significant digits.
void Writer::float_text(double d) {
  char buf[64];
  if (std::isnan(d))
    std::snprintf(buf, sizeof buf, "nan");
  else if (std::isinf(d))
    std::snprintf(buf, sizeof buf, d < 0 ? "-inf" : "inf");
  else
    std::snprintf(buf, sizeof buf, "%.17g", d);
  size_t n = std::strlen(buf);
  byte(int(n));
  raw(std::string_view(buf, n));
}

void Writer::str_object(Object* o, int flag) {
  auto* so = static_cast<StrObject*>(o);
  if (version >= 4 && so->ascii) {
    ssize n = so->size;
    std::string_view data(static_cast<const char*>(so->data()), size_t(n));
    if (n < 256) {
      byte((so->interned ? TYPE_SHORT_ASCII_INTERNED : TYPE_SHORT_ASCII) | flag);
      byte(int(n));
      raw(data);
    } else {
      byte((so->interned ? TYPE_ASCII_INTERNED : TYPE_ASCII) | flag);
      pstring(data);
    }
    return;
  }
  std::string utf8 = utf8_surrogatepass(o);
  if (utf8.size() > size_t(SIZE32_MAX)) {
    error = OTHER;
    err_set_string(ValueError, "unmarshallable object");
    return;
  }
  byte((so->interned && version >= 3 ? TYPE_INTERNED : TYPE_UNICODE) | flag);
  pstring(utf8);
}

// Elements in the order of their own serialisation's bytes (CPython 3.11
// sorts them so equal sets always marshal alike).
void Writer::set_object(Object* o, int flag) {
  byte((o->type == &FrozenSetType ? TYPE_FROZENSET : TYPE_SET) | flag);
  ssize n = set_size(o);
  i32(n);
  std::vector<std::pair<std::string, Object*>> items;
  items.reserve(size_t(n));
  ssize pos = 0;
  Object* key;
  hash_t h;
  while (set_next(o, &pos, &key, &h)) {
    std::string dump;
    if (!marshal_write(key, version, dump)) {
      error = OTHER;
      for (auto& p : items)
        decref(p.second);
      return;
    }
    // The pair holds a reference, as CPython's sort list does, so the
    // element's FLAG_REF decision below sees the same count.
    items.emplace_back(std::move(dump), newref(key));
  }
  std::stable_sort(items.begin(), items.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& p : items)
    object(p.second);
  for (auto& p : items)
    decref(p.second);
}

void Writer::code_object(Object* o, int flag) {
  auto* co = static_cast<CodeObject*>(o);
  byte(TYPE_CODE | flag);
  i32(co->argcount);
  i32(co->posonlyargcount);
  i32(co->kwonlyargcount);
  i32(co->stacksize);
  i32(co->flags);
  object(co->co_code_bytes);
  object(co->consts);
  object(co->names);
  object(co->localsplusnames);
  object(co->localspluskinds);
  object(co->filename);
  object(co->name);
  object(co->qualname);
  i32(co->firstlineno);
  object(co->linetable);
  object(co->exceptiontable);
}

void Writer::complex_object(Object* o, int flag) {
  TypeObject* t = o->type;
  if (t == &IntType) {
    long_object(o, flag);
  } else if (t == &FloatType) {
    if (version > 1) {
      byte(TYPE_BINARY_FLOAT | flag);
      f64(float_value(o));
    } else {
      byte(TYPE_FLOAT | flag);
      float_text(float_value(o));
    }
  } else if (t == &ComplexType) {
    auto* c = static_cast<ComplexObject*>(o);
    if (version > 1) {
      byte(TYPE_BINARY_COMPLEX | flag);
      f64(c->real);
      f64(c->imag);
    } else {
      byte(TYPE_COMPLEX | flag);
      float_text(c->real);
      float_text(c->imag);
    }
  } else if (t == &BytesType) {
    byte(TYPE_STRING | flag);
    pstring(bytes_view(o));
  } else if (t == &StrType) {
    str_object(o, flag);
  } else if (t == &TupleType) {
    ssize n = tuple_size(o);
    if (version >= 4 && n < 256) {
      byte(TYPE_SMALL_TUPLE | flag);
      byte(int(n));
    } else {
      byte(TYPE_TUPLE | flag);
      i32(n);
    }
    for (ssize i = 0; i < n && error == OK; i++)
      object(tuple_get(o, i));
  } else if (t == &ListType) {
    byte(TYPE_LIST | flag);
    ssize n = list_size(o);
    i32(n);
    for (ssize i = 0; i < n && error == OK && i < list_size(o); i++)
      object(list_get(o, i));
  } else if (t == &DictType) {
    byte(TYPE_DICT | flag);
    ssize pos = 0;
    Object* k;
    Object* v;
    while (error == OK && dict_next(o, &pos, &k, &v)) {
      object(k);
      object(v);
    }
    object(nullptr);
  } else if (t == &SetType || t == &FrozenSetType) {
    set_object(o, flag);
  } else if (t == &CodeType) {
    code_object(o, flag);
  } else if (std::string_view view; get_bytes_like(o, &view)) {
    // Other bytes-like objects are written as bytes.
    byte(TYPE_STRING | flag);
    pstring(view);
  } else {
    byte(TYPE_UNKNOWN);
    error = UNMARSHALLABLE;
  }
}

// ================================================================ reader

struct Reader {
  std::string_view data;
  Object* file = nullptr; // marshal.load: bytes are pulled with file.read(n) as needed
  std::string fbuf;
  size_t pos = 0;
  int depth = 0;
  std::vector<Object*> refs; // owned references; nullptr = reserved, incomplete

  ~Reader() {
    for (Object* o : refs)
      xdecref(o);
  }

  size_t left() const { return data.size() - pos; }

  // Makes n more bytes available; false when the input ends first (an
  // exception is set only if reading the file failed).
  bool need(size_t n) {
    if (n <= left())
      return true;
    if (!file)
      return false;
    size_t want = n - left();
    // file.readinto(buffer) as CPython; file.read(n) for objects without it.
    Object* buf = bytearray_from(std::string(want, '\0'));
    if (!buf)
      return false;
    int error = 0;
    Object* name = str_intern_utf8("readinto");
    Object* readinto = name ? object_lookup_attr(file, name, &error) : nullptr;
    xdecref(name);
    if (error) {
      decref(buf);
      return false;
    }
    Object* r;
    if (readinto) {
      r = object_call_one(readinto, buf);
      decref(readinto);
      if (!r) {
        decref(buf);
        return false;
      }
      Object* index = number_index(r);
      decref(r);
      if (!index) {
        decref(buf);
        return false;
      }
      bool overflow = false;
      int64_t got = int_as_i64(index, &overflow);
      decref(index);
      if (overflow || got < 0 || size_t(got) > want) {
        decref(buf);
        err_format(ValueError, "read() returned too much data.  {} bytes requested, {} returned", want, got);
        return false;
      }
      auto* ba = static_cast<ByteArrayObject*>(buf);
      fbuf.append(ba->buffer, size_t(got));
    } else {
      Object* count = int_from_i64(int64_t(want));
      r = count ? object_call_method(file, "read", &count, 1) : nullptr;
      xdecref(count);
      if (!r) {
        decref(buf);
        return false;
      }
      if (!bytes_check(r)) {
        err_format(TypeError, "file.read() returned not bytes but {}", type_name_of(r));
        decref(r);
        decref(buf);
        return false;
      }
      fbuf.append(bytes_view(r));
      decref(r);
    }
    decref(buf);
    data = fbuf;
    return n <= left();
  }
  // The next byte, or -1 at the end of the input.
  int next_byte() {
    if (!need(1))
      return -1;
    return static_cast<unsigned char>(data[pos++]);
  }
  // CPython's r_string: "marshal data too short" when fewer than n remain.
  const char* take(size_t n) {
    if (!need(n)) {
      if (!err_occurred())
        err_set_string(EOFError, file ? "EOF read where not expected" : "marshal data too short");
      return nullptr;
    }
    const char* p = data.data() + pos;
    pos += n;
    return p;
  }
  bool i32(int64_t* out) {
    const char* p = take(4);
    if (!p)
      return false;
    uint32_t u = 0;
    for (int i = 0; i < 4; i++)
      u |= uint32_t(static_cast<unsigned char>(p[i])) << (8 * i);
    *out = int32_t(u);
    return true;
  }
  bool f64(double* out) {
    const char* p = take(8);
    if (!p)
      return false;
    uint64_t u = 0;
    for (int i = 0; i < 8; i++)
      u |= uint64_t(static_cast<unsigned char>(p[i])) << (8 * i);
    std::memcpy(out, &u, 8);
    return true;
  }
  // A one-byte length; "EOF read where not expected" at the end.
  bool len8(size_t* out) {
    int b = next_byte();
    if (b < 0) {
      if (!err_occurred())
        err_set_string(EOFError, "EOF read where not expected");
      return false;
    }
    *out = size_t(b);
    return true;
  }

  // Registers a finished object when flagged; returns it (or nullptr on failure).
  Object* reg(Object* o, bool flag) {
    if (o && flag)
      refs.push_back(newref(o));
    return o;
  }
  // Reserves a slot for an object being built; -1 when not flagged.
  ssize reserve(bool flag) {
    if (!flag)
      return -1;
    refs.push_back(nullptr);
    return ssize(refs.size() - 1);
  }
  void fill(ssize idx, Object* o) {
    if (idx >= 0)
      refs[size_t(idx)] = newref(o);
  }

  Object* object();
  Object* object_typed(int type, bool flag);
  Object* element(const char* what); // an element that must not be NULL
  Object* long_object();
  Object* float_text();
  Object* string(int type, size_t n);
  Object* code_object(bool flag);
};

Object* bad(const char* what) {
  return err_format(ValueError, "bad marshal data ({})", what);
}

Object* Reader::object() {
  int code = next_byte();
  if (code < 0)
    return err_occurred() ? nullptr : err_set_string(EOFError, "EOF read where object expected");
  depth++;
  Object* r;
  if (depth > MARSHAL_MAX_DEPTH)
    r = err_set_string(ValueError, "recursion limit exceeded");
  else
    r = object_typed(code & ~FLAG_REF, (code & FLAG_REF) != 0);
  depth--;
  return r;
}

Object* Reader::element(const char* what) {
  Object* o = object();
  if (!o && !err_occurred())
    err_format(TypeError, "NULL object in marshal data for {}", what);
  return o;
}

Object* Reader::long_object() {
  int64_t n;
  if (!i32(&n))
    return nullptr;
  if (n < -SIZE32_MAX || n > SIZE32_MAX)
    return bad("long size out of range");
  if (n == 0)
    return int_from_i64(0);
  size_t ndigits = size_t(n < 0 ? -n : n);
  // Digits are read one by one, so a lying count costs only what is present.
  std::vector<unsigned char> bits;
  size_t bitpos = 0;
  for (size_t d = 0; d < ndigits; d++) {
    const char* p = take(2);
    if (!p)
      return nullptr;
    unsigned digit =
        unsigned(static_cast<unsigned char>(p[0])) | (unsigned(static_cast<unsigned char>(p[1])) << 8);
    if (digit > 0x7fff)
      return bad("digit out of range in long");
    if (d == ndigits - 1 && digit == 0)
      return bad("unnormalized long data");
    size_t need = (bitpos + LONG_SHIFT + 7) / 8 + 1;
    if (bits.size() < need)
      bits.resize(need, 0);
    uint32_t shifted = uint32_t(digit) << (bitpos % 8);
    for (size_t k = 0; k < 3 && shifted; k++, shifted >>= 8)
      bits[bitpos / 8 + k] |= static_cast<unsigned char>(shifted & 0xff);
    bitpos += LONG_SHIFT;
  }
  mpz_t z;
  mpz_init(z);
  mpz_import(z, bits.size(), -1, 1, 0, 0, bits.data());
  if (n < 0)
    mpz_neg(z, z);
  Object* r = int_from_mpz(z);
  mpz_clear(z);
  return r;
}

Object* Reader::float_text() {
  size_t n;
  if (!len8(&n))
    return nullptr;
  const char* p = take(n);
  if (!p)
    return nullptr;
  return float_from_string(std::string_view(p, n));
}

Object* Reader::string(int type, size_t n) {
  const char* p = take(n);
  if (!p)
    return nullptr;
  std::string_view s(p, n);
  Object* r;
  if (type == TYPE_UNICODE || type == TYPE_INTERNED) {
    r = str_decode_utf8(s, "surrogatepass");
  } else {
    // The ASCII forms are read as Latin-1, as CPython does.
    std::vector<uint32_t> cps(s.begin(), s.end());
    for (size_t i = 0; i < n; i++)
      cps[i] = static_cast<unsigned char>(s[i]);
    r = str_from_codepoints(cps.data(), ssize(n));
  }
  if (r && (type == TYPE_INTERNED || type == TYPE_ASCII_INTERNED || type == TYPE_SHORT_ASCII_INTERNED)) {
    Object* i = str_intern(r);
    decref(r);
    r = i;
  }
  return r;
}

Object* Reader::object_typed(int type, bool flag) {
  switch (type) {
  case TYPE_NULL:
    return nullptr;
  case TYPE_NONE:
    return newref(None);
  case TYPE_STOPITER:
    return newref(static_cast<Object*>(StopIteration));
  case TYPE_ELLIPSIS:
    return newref(Ellipsis);
  case TYPE_FALSE:
    return newref(False);
  case TYPE_TRUE:
    return newref(True);
  case TYPE_INT: {
    int64_t v;
    if (!i32(&v))
      return nullptr;
    return reg(int_from_i64(v), flag);
  }
  case TYPE_INT64: {
    int64_t lo, hi;
    if (!i32(&lo) || !i32(&hi))
      return nullptr;
    return reg(int_from_i64(int64_t((uint64_t(hi) << 32) | uint32_t(lo))), flag);
  }
  case TYPE_LONG:
    return reg(long_object(), flag);
  case TYPE_FLOAT:
    return reg(float_text(), flag);
  case TYPE_BINARY_FLOAT: {
    double d;
    if (!f64(&d))
      return nullptr;
    return reg(float_from_double(d), flag);
  }
  case TYPE_COMPLEX: {
    Object* re = float_text();
    if (!re)
      return nullptr;
    Object* im = float_text();
    if (!im) {
      decref(re);
      return nullptr;
    }
    Object* c = complex_from_doubles(float_value(re), float_value(im));
    decref(re);
    decref(im);
    return reg(c, flag);
  }
  case TYPE_BINARY_COMPLEX: {
    double re, im;
    if (!f64(&re) || !f64(&im))
      return nullptr;
    return reg(complex_from_doubles(re, im), flag);
  }
  case TYPE_STRING: {
    int64_t n;
    if (!i32(&n))
      return nullptr;
    if (n < 0)
      return bad("bytes object size out of range");
    const char* p = take(size_t(n));
    if (!p)
      return nullptr;
    return reg(bytes_from(std::string_view(p, size_t(n))), flag);
  }
  case TYPE_UNICODE:
  case TYPE_INTERNED:
  case TYPE_ASCII:
  case TYPE_ASCII_INTERNED: {
    int64_t n;
    if (!i32(&n))
      return nullptr;
    if (n < 0)
      return bad("string size out of range");
    return reg(string(type, size_t(n)), flag);
  }
  case TYPE_SHORT_ASCII:
  case TYPE_SHORT_ASCII_INTERNED: {
    size_t n;
    if (!len8(&n))
      return nullptr;
    return reg(string(type, n), flag);
  }
  case TYPE_TUPLE:
  case TYPE_SMALL_TUPLE: {
    int64_t n;
    if (type == TYPE_SMALL_TUPLE) {
      size_t n8;
      if (!len8(&n8))
        return nullptr;
      n = int64_t(n8);
    } else {
      if (!i32(&n))
        return nullptr;
      if (n < 0)
        return bad("tuple size out of range");
    }
    ssize idx = reserve(flag);
    std::vector<Object*> items;
    for (int64_t i = 0; i < n; i++) {
      Object* e = element("tuple");
      if (!e) {
        for (Object* x : items)
          decref(x);
        return nullptr;
      }
      items.push_back(e);
    }
    Object* t = tuple_new(ssize(items.size()));
    if (!t) {
      for (Object* x : items)
        decref(x);
      return nullptr;
    }
    for (size_t i = 0; i < items.size(); i++)
      tuple_set(t, ssize(i), items[i]);
    fill(idx, t);
    return t;
  }
  case TYPE_LIST: {
    int64_t n;
    if (!i32(&n))
      return nullptr;
    if (n < 0)
      return bad("list size out of range");
    Object* l = reg(list_new(0), flag);
    if (!l)
      return nullptr;
    for (int64_t i = 0; i < n; i++) {
      Object* e = element("list");
      if (!e || list_append(l, e) < 0) {
        xdecref(e);
        decref(l);
        return nullptr;
      }
      decref(e);
    }
    return l;
  }
  case TYPE_DICT: {
    Object* d = reg(dict_new(), flag);
    if (!d)
      return nullptr;
    for (;;) {
      Object* k = object();
      if (!k)
        break;
      Object* v = object();
      if (!v) {
        decref(k);
        break;
      }
      int rc = dict_setitem(d, k, v);
      decref(k);
      decref(v);
      if (rc < 0)
        break;
    }
    if (err_occurred()) {
      decref(d);
      return nullptr;
    }
    return d;
  }
  case TYPE_SET:
  case TYPE_FROZENSET: {
    int64_t n;
    if (!i32(&n))
      return nullptr;
    if (n < 0)
      return bad("set size out of range");
    if (type == TYPE_SET) {
      Object* s = reg(set_new(nullptr), flag);
      if (!s)
        return nullptr;
      for (int64_t i = 0; i < n; i++) {
        Object* e = element("set");
        if (!e || set_add(s, e) < 0) {
          xdecref(e);
          decref(s);
          return nullptr;
        }
        decref(e);
      }
      return s;
    }
    ssize idx = reserve(flag);
    Object* l = list_new(0);
    if (!l)
      return nullptr;
    for (int64_t i = 0; i < n; i++) {
      Object* e = element("set");
      if (!e || list_append(l, e) < 0) {
        xdecref(e);
        decref(l);
        return nullptr;
      }
      decref(e);
    }
    Object* fs = frozenset_new(l);
    decref(l);
    if (!fs)
      return nullptr;
    fill(idx, fs);
    return fs;
  }
  case TYPE_CODE:
    return code_object(flag);
  case TYPE_REF: {
    int64_t n;
    if (!i32(&n))
      return nullptr;
    if (n < 0 || size_t(n) >= refs.size() || refs[size_t(n)] == nullptr)
      return bad("invalid reference");
    return newref(refs[size_t(n)]);
  }
  default:
    return bad("unknown type code");
  }
}

Object* Reader::code_object(bool flag) {
  ssize idx = reserve(flag);
  int64_t argcount, posonly, kwonly, stacksize, flags, firstlineno;
  if (!i32(&argcount) || !i32(&posonly) || !i32(&kwonly) || !i32(&stacksize) || !i32(&flags))
    return nullptr;
  Object* fields[10] = {};
  // code, consts, names, localsplusnames, localspluskinds, filename, name, qualname
  for (int i = 0; i < 8; i++) {
    fields[i] = object();
    if (!fields[i])
      goto fail;
  }
  if (!i32(&firstlineno))
    goto fail;
  for (int i = 8; i < 10; i++) {
    fields[i] = object();
    if (!fields[i])
      goto fail;
  }
  {
    Object* code = fields[0];
    Object* consts = fields[1];
    Object* names = fields[2];
    Object* lpnames = fields[3];
    Object* lpkinds = fields[4];
    bool ok = bytes_check(code) && bytes_size(code) % 2 == 0 && tuple_check_exact(consts) &&
              tuple_check_exact(names) && tuple_check_exact(lpnames) && bytes_check(lpkinds) &&
              bytes_size(lpkinds) == tuple_size(lpnames) && str_check(fields[5]) && str_check(fields[6]) &&
              str_check(fields[7]) && bytes_check(fields[8]) && bytes_check(fields[9]);
    for (ssize i = 0; ok && i < tuple_size(names); i++)
      ok = str_check(tuple_get(names, i));
    for (ssize i = 0; ok && i < tuple_size(lpnames); i++)
      ok = str_check(tuple_get(lpnames, i));
    ok = ok && argcount >= 0 && posonly >= 0 && kwonly >= 0 && posonly <= argcount && stacksize >= 0 &&
         stacksize <= (1 << 20) && flags >= 0;
    if (ok) {
      // Every parameter needs a local slot (argument binding writes them).
      int64_t nparams =
          argcount + kwonly + ((flags & CO_VARARGS) ? 1 : 0) + ((flags & CO_VARKEYWORDS) ? 1 : 0);
      ok = nparams <= tuple_size(lpnames);
      std::string_view kinds = bytes_view(lpkinds);
      for (size_t i = 0; ok && i < kinds.size(); i++) {
        auto k = static_cast<unsigned char>(kinds[i]);
        ok = (k & (LOCALS_KIND_LOCAL | LOCALS_KIND_CELL | LOCALS_KIND_FREE)) != 0 &&
             (k & ~(LOCALS_KIND_ARG_VAR | LOCALS_KIND_HIDDEN | LOCALS_KIND_LOCAL | LOCALS_KIND_CELL |
                    LOCALS_KIND_FREE)) == 0;
        if (ok && int64_t(i) < nparams)
          ok = (k & LOCALS_KIND_LOCAL) != 0;
      }
    }
    if (!ok) {
      bad("invalid code object");
      goto fail;
    }
    CodeSpec spec;
    std::string_view cv = bytes_view(code);
    spec.code.resize(cv.size() / 2);
    if (!cv.empty())
      std::memcpy(spec.code.data(), cv.data(), cv.size());
    spec.consts = consts;
    spec.names = names;
    spec.localsplusnames = lpnames;
    spec.localspluskinds = lpkinds;
    spec.filename = fields[5];
    spec.name = fields[6];
    spec.qualname = fields[7];
    spec.linetable = fields[8];
    spec.exceptiontable = fields[9];
    spec.argcount = int(argcount);
    spec.posonlyargcount = int(posonly);
    spec.kwonlyargcount = int(kwonly);
    spec.stacksize = int(stacksize);
    spec.flags = int(flags);
    spec.firstlineno = int(firstlineno);
    Object* co = code_new(spec);
    for (Object* f : fields)
      xdecref(f);
    if (!co)
      return nullptr;
    if (!verify_code(co)) {
      decref(co);
      return nullptr;
    }
    fill(idx, co);
    return co;
  }
fail:
  for (Object* f : fields)
    xdecref(f);
  return nullptr;
}

} // namespace

bool marshal_write(Object* obj, int version, std::string& out) {
  Writer w{out, version};
  w.object(obj);
  switch (w.error) {
  case Writer::OK:
    return true;
  case Writer::UNMARSHALLABLE:
    err_set_string(ValueError, "unmarshallable object");
    return false;
  case Writer::NESTED:
    err_set_string(ValueError, "object too deeply nested to marshal");
    return false;
  default:
    if (!err_occurred())
      err_set_string(ValueError, "unmarshallable object");
    return false;
  }
}

Object* marshal_dumps(Object* obj, int version) {
  std::string out;
  if (!marshal_write(obj, version, out))
    return nullptr;
  return bytes_from(out);
}

Object* marshal_read(std::string_view data, size_t* consumed) {
  Reader r;
  r.data = data;
  Object* o = r.object();
  if (!o && !err_occurred())
    err_set_string(TypeError, "NULL object in marshal data for object");
  if (consumed)
    *consumed = r.pos;
  return o;
}

} // namespace coil::bytecode

namespace coil::bytecode {

Object* marshal_read_file(Object* file) {
  // As CPython: file.read(0) first, which must give bytes.
  Object* zero = int_from_i64(0);
  Object* probe = zero ? object_call_method(file, "read", &zero, 1) : nullptr;
  xdecref(zero);
  if (!probe)
    return nullptr;
  if (!bytes_check(probe)) {
    err_format(TypeError, "file.read() returned not bytes but {}", type_name_of(probe));
    decref(probe);
    return nullptr;
  }
  decref(probe);
  Reader r;
  r.file = file;
  Object* o = r.object();
  if (!o && !err_occurred())
    err_set_string(TypeError, "NULL object in marshal data for object");
  return o;
}

} // namespace coil::bytecode
