// str core: allocation in PEP 393 form, the shared singletons ("" and the
// 256 Latin-1 one-character strings), the intern table, UTF-8 conversion
// (WTF-8 tolerant input), hashing, comparison, concatenation, repetition,
// indexing and slicing, repr, the str() constructor and the type object.
//
// Invariants
// - Every str has the narrowest kind for its largest code point; `ascii` is
//   exact. Constructors here compute the maximum first, then fill.
// - The singletons and str_static() strings start at STATIC_REFCNT (as
//   CPython 3.11's statically allocated strings) and are never deallocated.
// - Other interned strings are mortal, as in CPython 3.11: the intern table
//   holds no reference to them, and str_dealloc removes an interned string
//   from the table before freeing it.
// - `utf8` either aliases the data (ascii strings) or is a malloc'd cache
//   freed by str_dealloc.
#include <cstdlib>
#include <cstring>
#include <unordered_set>

#include "runtime/errors.h"
#include "runtime/hash.h"
#include "runtime/object.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/int.h"
#include "runtime/objects/range.h"
#include "runtime/objects/str.h"
#include "runtime/objects/str_impl.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type.h"
#include "runtime/runtime.h"

namespace coil {

namespace {

inline StrObject* S(Object* o) {
  return static_cast<StrObject*>(o);
}

int kind_for(uint32_t maxchar) {
  return maxchar < 0x100 ? 1 : (maxchar < 0x10000 ? 2 : 4);
}

Object* latin1_singletons[256];
Object* empty_singleton;

// The singletons and str_static() strings (CPython's statically allocated
// strings): never freed, and sys.getrefcount shows STATIC_REFCNT + uses.
void make_static(Object* o) {
  if (o->refcnt < STATIC_REFCNT)
    o->refcnt += STATIC_REFCNT;
}

struct InternHash {
  size_t operator()(StrObject* s) const noexcept { return static_cast<size_t>(str_hash(s)); }
};
struct InternEq {
  bool operator()(StrObject* a, StrObject* b) const noexcept { return str_equal(a, b); }
};
std::unordered_set<StrObject*, InternHash, InternEq>& intern_table() {
  static auto* table = new std::unordered_set<StrObject*, InternHash, InternEq>();
  return *table;
}

Object* alloc_exact(ssize length, uint32_t maxchar) {
  int kind = kind_for(maxchar);
  Object* o = object_alloc(&StrType, static_cast<ssize>(sizeof(StrObject)) + (length + 1) * kind);
  if (!o)
    return nullptr;
  StrObject* s = S(o);
  s->size = length;
  s->hash = -1;
  s->kind = static_cast<uint8_t>(kind);
  s->ascii = maxchar < 0x80;
  s->interned = false;
  s->utf8 = nullptr;
  s->utf8_length = 0;
  return o;
}

void write_cp(void* data, int kind, ssize i, uint32_t cp) noexcept {
  switch (kind) {
  case 1:
    static_cast<uint8_t*>(data)[i] = static_cast<uint8_t>(cp);
    break;
  case 2:
    static_cast<uint16_t*>(data)[i] = static_cast<uint16_t>(cp);
    break;
  default:
    static_cast<uint32_t*>(data)[i] = cp;
    break;
  }
}

// Decodes one WTF-8 sequence at p (lenient: invalid bytes give U+FFFD).
uint32_t decode_one(const unsigned char* p, const unsigned char* end, int* used) {
  unsigned c = p[0];
  if (c < 0x80) {
    *used = 1;
    return c;
  }
  int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
  if (n == 0 || p + n > end) {
    *used = 1;
    return 0xFFFD;
  }
  uint32_t cp = n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k < n; k++) {
    if ((p[k] & 0xC0) != 0x80) {
      *used = 1;
      return 0xFFFD;
    }
    cp = (cp << 6) | (p[k] & 0x3F);
  }
  *used = n;
  return cp;
}

} // namespace

// ---------------------------------------------------------------- construction

Object* str_new_empty() {
  if (!empty_singleton) {
    Object* o = alloc_exact(0, 0);
    if (!o)
      return nullptr;
    static_cast<char*>(S(o)->data())[0] = 0;
    make_static(o);
    S(o)->interned = true;
    intern_table().insert(S(o));
    empty_singleton = o;
  }
  return newref(empty_singleton);
}

Object* str_from_char(uint32_t cp) {
  if (cp < 256) {
    Object*& slot = latin1_singletons[cp];
    if (!slot) {
      Object* o = alloc_exact(1, cp);
      if (!o)
        return nullptr;
      auto* d = static_cast<uint8_t*>(S(o)->data());
      d[0] = static_cast<uint8_t>(cp);
      d[1] = 0;
      make_static(o);
      auto& table = intern_table();
      auto it = table.find(S(o));
      if (it == table.end()) {
        S(o)->interned = true;
        table.insert(S(o));
      }
      slot = o;
    }
    return newref(slot);
  }
  Object* o = alloc_exact(1, cp);
  if (!o)
    return nullptr;
  write_cp(S(o)->data(), S(o)->kind, 0, cp);
  write_cp(S(o)->data(), S(o)->kind, 1, 0);
  return o;
}

Object* str_new_uninit(ssize length, uint32_t maxchar) {
  if (length < 0)
    return err_bad_internal_call("str_new_uninit");
  Object* o = alloc_exact(length, maxchar);
  if (!o)
    return nullptr;
  write_cp(S(o)->data(), S(o)->kind, length, 0);
  return o;
}

void str_write_char(Object* s, ssize i, uint32_t cp) noexcept {
  write_cp(S(s)->data(), S(s)->kind, i, cp);
}

uint32_t str_char_at(Object* o, ssize i) noexcept {
  return str_cps(o)[i];
}

uint32_t str_max_char(Object* s) noexcept {
  if (str_is_ascii(s)) {
    CpView v = str_cps(s);
    uint32_t m = 0;
    for (ssize i = 0; i < v.len; i++)
      m = v[i] > m ? v[i] : m;
    return m;
  }
  CpView v = str_cps(s);
  uint32_t m = 0;
  for (ssize i = 0; i < v.len; i++)
    if (v[i] > m)
      m = v[i];
  return m;
}

Object* str_from_codepoints(const uint32_t* cps, ssize n) {
  if (n == 0)
    return str_new_empty();
  uint32_t maxchar = 0;
  for (ssize i = 0; i < n; i++)
    if (cps[i] > maxchar)
      maxchar = cps[i];
  if (n == 1)
    return str_from_char(cps[0]);
  Object* o = str_new_uninit(n, maxchar);
  if (!o)
    return nullptr;
  int kind = S(o)->kind;
  void* d = S(o)->data();
  for (ssize i = 0; i < n; i++)
    write_cp(d, kind, i, cps[i]);
  return o;
}

Object* str_from_u32(const std::u32string& buf) {
  return str_from_codepoints(reinterpret_cast<const uint32_t*>(buf.data()), static_cast<ssize>(buf.size()));
}

Object* str_from_ascii(std::string_view ascii) {
  ssize n = static_cast<ssize>(ascii.size());
  if (n == 0)
    return str_new_empty();
  if (n == 1)
    return str_from_char(static_cast<unsigned char>(ascii[0]));
  Object* o = str_new_uninit(n, 0x7F);
  if (!o)
    return nullptr;
  std::memcpy(S(o)->data(), ascii.data(), n);
  return o;
}

Object* str_from_utf8(std::string_view utf8) {
  auto* p = reinterpret_cast<const unsigned char*>(utf8.data());
  auto* end = p + utf8.size();
  ssize n = 0;
  uint32_t maxchar = 0;
  bool all_ascii = true;
  for (auto* q = p; q < end; q++)
    if (*q >= 0x80) {
      all_ascii = false;
      break;
    }
  if (all_ascii)
    return str_from_ascii(utf8);
  for (auto* q = p; q < end;) {
    int used;
    uint32_t cp = decode_one(q, end, &used);
    q += used;
    n++;
    if (cp > maxchar)
      maxchar = cp;
  }
  if (n == 1) {
    int used;
    return str_from_char(decode_one(p, end, &used));
  }
  Object* o = str_new_uninit(n, maxchar);
  if (!o)
    return nullptr;
  int kind = S(o)->kind;
  void* d = S(o)->data();
  ssize i = 0;
  for (auto* q = p; q < end;) {
    int used;
    write_cp(d, kind, i++, decode_one(q, end, &used));
    q += used;
  }
  return o;
}

Object* str_from_view_range(const CpView& v, ssize start, ssize end) {
  ssize n = end - start;
  if (n <= 0)
    return str_new_empty();
  if (n == 1)
    return str_from_char(v[start]);
  uint32_t maxchar = 0;
  if (v.kind == 1) {
    auto* d = static_cast<const uint8_t*>(v.data) + start;
    for (ssize i = 0; i < n; i++)
      maxchar |= d[i];
    maxchar = maxchar >= 0x80 ? 0xFF : 0x7F;
  } else {
    for (ssize i = start; i < end; i++)
      if (v[i] > maxchar)
        maxchar = v[i];
  }
  Object* o = str_new_uninit(n, maxchar);
  if (!o)
    return nullptr;
  if (S(o)->kind == v.kind) {
    std::memcpy(S(o)->data(), static_cast<const char*>(v.data) + start * v.kind, n * v.kind);
  } else {
    int kind = S(o)->kind;
    void* d = S(o)->data();
    for (ssize i = 0; i < n; i++)
      write_cp(d, kind, i, v[start + i]);
  }
  return o;
}

Object* str_substring(Object* s, ssize start, ssize end) {
  ssize len = str_length(s);
  if (start < 0)
    start = 0;
  if (end > len)
    end = len;
  if (start == 0 && end == len && str_check_exact(s))
    return newref(s);
  return str_from_view_range(str_cps(s), start, end);
}

Object* str_exact_copy(Object* s) {
  if (str_check_exact(s))
    return newref(s);
  return str_from_view_range(str_cps(s), 0, str_length(s));
}

Object* str_subtype_from(TypeObject* type, Object* src) {
  ssize n = str_length(src);
  int kind = str_kind(src);
  Object* o = type_generic_alloc(type, (n + 1) * kind);
  if (!o)
    return nullptr;
  StrObject* s = S(o);
  s->size = n;
  s->hash = -1;
  s->kind = static_cast<uint8_t>(kind);
  s->ascii = str_is_ascii(src);
  s->interned = false;
  s->utf8 = nullptr;
  s->utf8_length = 0;
  std::memcpy(s->data(), S(src)->data(), (n + 1) * kind);
  return o;
}

// ---------------------------------------------------------------- StrBuilder

void StrBuilder::append(Object* str) {
  CpView v = str_cps(str);
  if (v.len == 0)
    return;
  size_t base = buf_.size();
  buf_.resize(base + v.len);
  for (ssize i = 0; i < v.len; i++) {
    uint32_t c = v[i];
    buf_[base + i] = c;
    if (c > maxchar_)
      maxchar_ = c;
  }
}

void StrBuilder::append_utf8(std::string_view s) {
  auto* p = reinterpret_cast<const unsigned char*>(s.data());
  auto* end = p + s.size();
  while (p < end) {
    int used;
    append_char(decode_one(p, end, &used));
    p += used;
  }
}

Object* StrBuilder::finish() {
  // The builder is left empty with its storage released, so it can be
  // reused.
  std::basic_string<uint32_t> buf;
  buf.swap(buf_);
  uint32_t maxchar = maxchar_;
  maxchar_ = 0;
  ssize n = static_cast<ssize>(buf.size());
  if (n == 0)
    return str_new_empty();
  if (n == 1)
    return str_from_char(buf[0]);
  Object* o = str_new_uninit(n, maxchar);
  if (!o)
    return nullptr;
  int kind = S(o)->kind;
  void* d = S(o)->data();
  if (kind == 4) {
    std::memcpy(d, buf.data(), n * 4);
  } else {
    for (ssize i = 0; i < n; i++)
      write_cp(d, kind, i, buf[i]);
  }
  return o;
}

// ---------------------------------------------------------------- UTF-8 out

const char* str_as_utf8(Object* o, ssize* size) {
  StrObject* s = S(o);
  if (s->ascii) {
    if (size)
      *size = s->size;
    return static_cast<const char*>(s->data());
  }
  if (!s->utf8) {
    CpView v = str_cps(o);
    std::string out;
    out.reserve(v.len * 2);
    for (ssize i = 0; i < v.len; i++) {
      uint32_t c = v[i];
      if (c < 0x80) {
        out.push_back(static_cast<char>(c));
      } else if (c < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (c >> 6)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
      } else if (c < 0x10000) {
        if (c >= 0xD800 && c <= 0xDFFF) {
          ssize j = i;
          while (j < v.len && v[j] >= 0xD800 && v[j] <= 0xDFFF)
            j++;
          raise_encode_error("utf-8", o, i, j, "surrogates not allowed");
          return nullptr;
        }
        out.push_back(static_cast<char>(0xE0 | (c >> 12)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
      } else {
        out.push_back(static_cast<char>(0xF0 | (c >> 18)));
        out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
      }
    }
    char* mem = static_cast<char*>(std::malloc(out.size() + 1));
    if (!mem) {
      err_no_memory();
      return nullptr;
    }
    std::memcpy(mem, out.data(), out.size());
    mem[out.size()] = 0;
    s->utf8 = mem;
    s->utf8_length = static_cast<ssize>(out.size());
  }
  if (size)
    *size = s->utf8_length;
  return s->utf8;
}

std::string_view str_view(Object* s) {
  ssize n;
  const char* p = str_as_utf8(s, &n);
  if (!p)
    return {};
  return {p, static_cast<size_t>(n)};
}

std::string str_to_std(Object* o) {
  if (str_is_ascii(o))
    return std::string(static_cast<const char*>(S(o)->data()), str_length(o));
  if (S(o)->utf8)
    return std::string(S(o)->utf8, S(o)->utf8_length);
  CpView v = str_cps(o);
  std::string out;
  for (ssize i = 0; i < v.len; i++) {
    uint32_t c = v[i];
    if (c >= 0xD800 && c <= 0xDFFF)
      c = '?';
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (c >> 12)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (c >> 18)));
      out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
  return out;
}

Object* str_decode_utf8(std::string_view bytes, const char* errors) {
  return codec_decode(bytes.data(), static_cast<ssize>(bytes.size()), "utf-8", errors);
}

// ---------------------------------------------------------------- equality, hash

bool str_equal(Object* a, Object* b) noexcept {
  if (a == b)
    return true;
  StrObject* x = S(a);
  StrObject* y = S(b);
  if (x->size != y->size || x->kind != y->kind)
    return false;
  if (x->hash != -1 && y->hash != -1 && x->hash != y->hash)
    return false;
  return std::memcmp(x->data(), y->data(), x->size * x->kind) == 0;
}

bool str_equal_ascii(Object* s, std::string_view ascii) noexcept {
  if (str_length(s) != static_cast<ssize>(ascii.size()))
    return false;
  CpView v = str_cps(s);
  for (ssize i = 0; i < v.len; i++)
    if (v[i] != static_cast<unsigned char>(ascii[i]))
      return false;
  return true;
}

int str_compare(Object* a, Object* b) noexcept {
  CpView x = str_cps(a), y = str_cps(b);
  ssize n = x.len < y.len ? x.len : y.len;
  if (x.kind == 1 && y.kind == 1) {
    int r = std::memcmp(x.data, y.data, n);
    if (r != 0)
      return r < 0 ? -1 : 1;
  } else {
    for (ssize i = 0; i < n; i++) {
      uint32_t c = x[i], d = y[i];
      if (c != d)
        return c < d ? -1 : 1;
    }
  }
  return x.len < y.len ? -1 : (x.len > y.len ? 1 : 0);
}

hash_t str_hash(Object* o) noexcept {
  StrObject* s = S(o);
  if (s->hash != -1)
    return s->hash;
  hash_t h = 0;
  if (s->size > 0)
    h = hash_bytes(s->data(), static_cast<size_t>(s->size * s->kind));
  if (h == -1)
    h = -2;
  s->hash = h;
  return h;
}

// ---------------------------------------------------------------- interning

Object* str_intern(Object* s) {
  if (S(s)->interned)
    return newref(s);
  Object* exact = str_exact_copy(s);
  if (!exact)
    return nullptr;
  auto& table = intern_table();
  auto it = table.find(S(exact));
  if (it != table.end()) {
    decref(exact);
    return newref(static_cast<Object*>(*it));
  }
  S(exact)->interned = true;
  table.insert(S(exact)); // borrowed: str_dealloc removes it
  return exact;
}

Object* str_intern_utf8(std::string_view s) {
  Object* o = str_from_utf8(s);
  if (!o)
    return nullptr;
  Object* r = str_intern(o);
  decref(o);
  return r;
}

Object* str_static(const char* s) {
  Object* o = str_intern_utf8(s);
  if (o)
    make_static(o);
  return o;
}

// ---------------------------------------------------------------- operators

// The smallest maxchar that gives s's kind and ascii flag: every str is
// canonical (its kind is the narrowest that holds its code points), so the
// concatenation of canonical strings allocated with the largest bound is
// canonical too, without scanning any characters.
static uint32_t maxchar_bound(Object* s) noexcept {
  if (str_is_ascii(s))
    return 0x7F;
  switch (S(s)->kind) {
  case 1:
    return 0xFF;
  case 2:
    return 0xFFFF;
  default:
    return 0x10FFFF;
  }
}

// Copies src's code points to dst (of kind `kind`) at index `at`.
static void copy_into(void* dst, int kind, ssize at, Object* src) noexcept {
  CpView v = str_cps(src);
  if (v.kind == kind) {
    std::memcpy(static_cast<char*>(dst) + at * kind, v.data, v.len * kind);
    return;
  }
  for (ssize i = 0; i < v.len; i++)
    write_cp(dst, kind, at + i, v[i]);
}

Object* str_concat_array(Object* sep, Object* const* items, ssize n) {
  if (n == 0)
    return str_new_empty();
  if (n == 1 && str_check_exact(items[0]))
    return newref(items[0]);
  ssize seplen = sep ? str_length(sep) : 0;
  ssize total = 0;
  uint32_t maxchar = seplen ? maxchar_bound(sep) : 0;
  for (ssize i = 0; i < n; i++) {
    ssize len = str_length(items[i]);
    ssize add = len + (i > 0 ? seplen : 0);
    if (total > PTRDIFF_MAX / 4 - add)
      return err_set_string(OverflowError, "join() result is too long for a Python string");
    total += add;
    uint32_t m = len ? maxchar_bound(items[i]) : 0;
    if (m > maxchar)
      maxchar = m;
  }
  if (total == 0)
    return str_new_empty();
  Object* o = str_new_uninit(total, maxchar);
  if (!o)
    return nullptr;
  int kind = S(o)->kind;
  void* d = S(o)->data();
  ssize at = 0;
  for (ssize i = 0; i < n; i++) {
    if (i > 0 && seplen) {
      copy_into(d, kind, at, sep);
      at += seplen;
    }
    copy_into(d, kind, at, items[i]);
    at += str_length(items[i]);
  }
  return o;
}

Object* str_concat(Object* a, Object* b) {
  if (!str_check(a) || !str_check(b)) {
    Object* bad = str_check(a) ? b : a;
    return err_format(TypeError, "can only concatenate str (not \"{}\") to str", type_name_of(bad));
  }
  ssize la = str_length(a), lb = str_length(b);
  if (lb == 0 && str_check_exact(a))
    return newref(a);
  if (la == 0 && str_check_exact(b))
    return newref(b);
  if (la > PTRDIFF_MAX / 4 - lb)
    return err_set_string(OverflowError, "strings are too large to concat");
  uint32_t ma = maxchar_bound(a), mb = maxchar_bound(b);
  Object* o = str_new_uninit(la + lb, ma > mb ? ma : mb);
  if (!o)
    return nullptr;
  int kind = S(o)->kind;
  void* d = S(o)->data();
  copy_into(d, kind, 0, a);
  copy_into(d, kind, la, b);
  return o;
}

static Object* str_sq_repeat(Object* a, ssize n) {
  ssize len = str_length(a);
  if (n <= 0 || len == 0)
    return str_new_empty();
  if (n == 1 && str_check_exact(a))
    return newref(a);
  if (len > PTRDIFF_MAX / n)
    return err_set_string(OverflowError, "repeated string is too long");
  if (len * n > PTRDIFF_MAX / 4 - 64)
    return err_no_memory(); // representable length, impossible allocation
  int kind = str_kind(a);
  uint32_t maxchar = str_is_ascii(a) ? 0x7F : str_max_char(a);
  Object* o = str_new_uninit(len * n, maxchar);
  if (!o)
    return nullptr;
  char* d = static_cast<char*>(S(o)->data());
  ssize chunk = len * kind;
  std::memcpy(d, S(a)->data(), chunk);
  ssize done = chunk, total = chunk * n;
  while (done < total) {
    ssize c = done <= total - done ? done : total - done;
    std::memcpy(d + done, d, c);
    done += c;
  }
  return o;
}

static ssize str_sq_length(Object* s) {
  return str_length(s);
}

static Object* str_sq_item(Object* s, ssize i) {
  if (i < 0 || i >= str_length(s))
    return err_set_string(IndexError, "string index out of range");
  return str_from_char(str_char_at(s, i));
}

// Naive search with a memmem fast path; shared with str_methods.cpp via str_find_sub.
ssize str_find_sub(Object* hay, Object* needle, ssize start, ssize end, bool reverse);

static int str_sq_contains(Object* s, Object* item) {
  if (!str_check(item)) {
    err_format(TypeError, "'in <string>' requires string as left operand, not {}", type_name_of(item));
    return -1;
  }
  return str_find_sub(s, item, 0, str_length(s), false) >= 0;
}

static Object* str_mp_subscript(Object* s, Object* key) {
  if (key->type->as_number && key->type->as_number->index) {
    ssize i = number_as_ssize(key, IndexError);
    if (i == -1 && err_occurred())
      return nullptr;
    if (i < 0)
      i += str_length(s);
    return str_sq_item(s, i);
  }
  if (slice_check(key)) {
    ssize start, stop, step;
    if (slice_unpack(key, &start, &stop, &step) < 0)
      return nullptr;
    ssize n = slice_adjust_indices(str_length(s), &start, &stop, step);
    if (n <= 0)
      return str_new_empty();
    if (step == 1)
      return str_substring(s, start, start + n);
    CpView v = str_cps(s);
    uint32_t maxchar = 0;
    for (ssize k = 0, i = start; k < n; k++, i += step)
      if (v[i] > maxchar)
        maxchar = v[i];
    if (n == 1)
      return str_from_char(v[start]);
    Object* o = str_new_uninit(n, maxchar);
    if (!o)
      return nullptr;
    for (ssize k = 0, i = start; k < n; k++, i += step)
      str_write_char(o, k, v[i]);
    return o;
  }
  return err_format(TypeError, "string indices must be integers, not '{}'", type_name_of(key));
}

static Object* str_richcompare(Object* a, Object* b, int op) {
  if (!str_check(a) || !str_check(b))
    return newref(NotImplemented);
  bool r;
  if (op == CMP_EQ || op == CMP_NE) {
    r = str_equal(a, b) == (op == CMP_EQ);
  } else {
    int c = str_compare(a, b);
    switch (op) {
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
  }
  return bool_from(r);
}

static hash_t str_tp_hash(Object* s) {
  return str_hash(s);
}

// ---------------------------------------------------------------- repr

Object* str_repr(Object* s) {
  CpView v = str_cps(s);
  bool has_single = false, has_double = false;
  for (ssize i = 0; i < v.len; i++) {
    uint32_t c = v[i];
    if (c == '\'')
      has_single = true;
    else if (c == '"')
      has_double = true;
  }
  char quote = (has_single && !has_double) ? '"' : '\'';
  StrBuilder b;
  b.append_ascii(quote);
  static const char hex[] = "0123456789abcdef";
  for (ssize i = 0; i < v.len; i++) {
    uint32_t c = v[i];
    if (c == static_cast<uint32_t>(quote) || c == '\\') {
      b.append_ascii('\\');
      b.append_char(c);
    } else if (c == '\t') {
      b.append_ascii('\\');
      b.append_ascii('t');
    } else if (c == '\n') {
      b.append_ascii('\\');
      b.append_ascii('n');
    } else if (c == '\r') {
      b.append_ascii('\\');
      b.append_ascii('r');
    } else if (c < 0x20 || c == 0x7F) {
      b.append_ascii('\\');
      b.append_ascii('x');
      b.append_ascii(hex[c >> 4]);
      b.append_ascii(hex[c & 15]);
    } else if (c < 0x7F) {
      b.append_char(c);
    } else if (uni_isprintable(c)) {
      b.append_char(c);
    } else if (c <= 0xFF) {
      b.append_ascii('\\');
      b.append_ascii('x');
      b.append_ascii(hex[c >> 4]);
      b.append_ascii(hex[c & 15]);
    } else if (c <= 0xFFFF) {
      b.append_ascii('\\');
      b.append_ascii('u');
      for (int sh = 12; sh >= 0; sh -= 4)
        b.append_ascii(hex[(c >> sh) & 15]);
    } else {
      b.append_ascii('\\');
      b.append_ascii('U');
      for (int sh = 28; sh >= 0; sh -= 4)
        b.append_ascii(hex[(c >> sh) & 15]);
    }
  }
  b.append_ascii(quote);
  return b.finish();
}

static Object* str_tp_str(Object* s) {
  return str_exact_copy(s);
}

// ---------------------------------------------------------------- str()

static Object* str_tp_new(TypeObject* type, Object* args, Object* kwargs) {
  static const char* const names[] = {"object", "encoding", "errors"};
  Object* vals[3] = {nullptr, nullptr, nullptr};
  ssize nargs = args ? tuple_size(args) : 0;
  if (nargs > 3)
    return err_format(TypeError, "str() takes at most 3 arguments ({} given)",
                      nargs + (kwargs ? dict_size(kwargs) : 0));
  for (ssize i = 0; i < nargs; i++)
    vals[i] = tuple_get(args, i);
  if (kwargs) {
    ssize pos = 0;
    Object *k, *v;
    while (dict_next(kwargs, &pos, &k, &v)) {
      int idx = -1;
      for (int j = 0; j < 3; j++)
        if (str_check(k) && str_equal_ascii(k, names[j]))
          idx = j;
      if (idx < 0)
        return err_format(TypeError, "'{}' is an invalid keyword argument for str()", str_to_std(k));
      if (vals[idx])
        return err_format(TypeError, "argument for str() given by name ('{}') and position ({})", names[idx],
                          idx + 1);
      vals[idx] = v;
    }
  }
  for (int j = 1; j < 3; j++)
    if (vals[j] && !str_check(vals[j]))
      return err_format(TypeError, "str() argument '{}' must be str, not {}", names[j],
                        arg_type_name(vals[j]));
  Object* result;
  if (!vals[1] && !vals[2]) {
    result = vals[0] ? object_str(vals[0]) : str_new_empty();
  } else {
    Object* obj = vals[0];
    if (!obj) {
      result = str_new_empty();
    } else {
      std::string_view data;
      if (str_check(obj))
        return err_set_string(TypeError, "decoding str is not supported");
      if (!get_bytes_like(obj, &data))
        return err_format(TypeError, "decoding to str: need a bytes-like object, {} found",
                          type_name_of(obj));
      std::string enc = vals[1] ? str_to_std(vals[1]) : "utf-8";
      std::string errs = vals[2] ? str_to_std(vals[2]) : "strict";
      result = codec_decode(data.data(), static_cast<ssize>(data.size()), enc.c_str(), errs.c_str());
    }
  }
  if (!result || type == &StrType)
    return result;
  Object* sub = str_subtype_from(type, result);
  decref(result);
  return sub;
}

static void str_dealloc(Object* o) {
  StrObject* s = S(o);
  if (s->interned)
    intern_table().erase(s);
  if (s->utf8 && !s->ascii)
    std::free(s->utf8);
  s->utf8 = nullptr;
  o->type->free_(o);
}

static Object* str_nb_remainder(Object* a, Object* b) {
  return str_mod(a, b);
}

static NumberMethods str_as_number = {
    .remainder = str_nb_remainder,
};
static SequenceMethods str_as_sequence = {
    .length = str_sq_length,
    .concat = str_concat,
    .repeat = str_sq_repeat,
    .item = str_sq_item,
    .contains = str_sq_contains,
};
static MappingMethods str_as_mapping = {
    .length = str_sq_length,
    .subscript = str_mp_subscript,
};

Object* str_iter_new(Object* s); // str_iter.cpp

static void str_free(Object* o) {
  object_free(o);
}

constinit TypeObject StrType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "str";
  t.basicsize = sizeof(StrObject);
  t.itemsize = 1;
  t.dealloc = str_dealloc;
  t.repr = str_repr;
  t.as_number = &str_as_number;
  t.as_sequence = &str_as_sequence;
  t.as_mapping = &str_as_mapping;
  t.hash = str_tp_hash;
  t.str = str_tp_str;
  t.getattro = object_generic_getattr;
  t.flags = TPFLAG_BASETYPE | TPFLAG_UNICODE_SUBCLASS | TPFLAG_IMMUTABLETYPE;
  t.doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
          "Create a new string object from the given object. If encoding or\n"
          "errors is specified, then the object must expose a data buffer\n"
          "that will be decoded using the given encoding and error handler.\n"
          "Otherwise, returns the result of object.__str__() (if defined)\n"
          "or repr(object).\nencoding defaults to sys.getdefaultencoding().\nerrors defaults to 'strict'.";
  t.richcompare = str_richcompare;
  t.iter = str_iter_new;
  t.methods = str_methods_table;
  t.new_ = str_tp_new;
  t.free_ = str_free;
  return t;
}();
COIL_REGISTER_TYPE(StrType);

} // namespace coil
