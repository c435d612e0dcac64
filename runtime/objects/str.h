// str: immutable sequences of Unicode code points (PEP 393 layout).
//
// Invariants
// - Characters are stored in the narrowest of 1, 2 or 4 bytes per code
//   point that holds the largest one (`kind`), NUL-terminated, inline after
//   the header. Indexing is O(1) by code point.
// - `hash` is -1 until computed; computed with SipHash-1-3 keyed from
//   PYTHONHASHSEED exactly as CPython 3.11 (runtime/hash.h).
// - `utf8` caches the UTF-8 form (owned, or aliases the data when ascii).
// - Interned strings are immortal and unique per value in the interpreter's
//   intern table; identifiers and names are interned by the compiler.
// - Single Latin-1 character strings and "" are shared singletons.
#pragma once

#include <string>
#include <string_view>

#include "runtime/object.h"

namespace coil {

struct StrObject : VarObject { // size = length in code points
  hash_t hash;
  uint8_t kind; // 1, 2 or 4
  bool ascii;   // all code points < 128
  bool interned;
  char* utf8; // nullptr until asked; == data() when ascii
  ssize utf8_length;
  // data follows (kind * (size + 1) bytes)
  void* data() noexcept { return reinterpret_cast<char*>(this) + sizeof(StrObject); }
};

inline bool str_check(Object* o) noexcept {
  return type_has_flag(o->type, TPFLAG_UNICODE_SUBCLASS);
}
inline bool str_check_exact(Object* o) noexcept {
  return o->type == &StrType;
}
inline ssize str_length(Object* o) noexcept {
  return static_cast<StrObject*>(o)->size;
}
uint32_t str_char_at(Object* o, ssize i) noexcept; // code point at index i (no bounds check)

// Construction. UTF-8 input must be valid (use str_decode_utf8 for untrusted bytes).
Object* str_from_utf8(std::string_view utf8);
Object* str_from_ascii(std::string_view ascii);
Object* str_from_codepoints(const uint32_t* cps, ssize n);
Object* str_from_char(uint32_t cp); // shared for cp < 256
Object* str_new_empty();            // newref to ""
// Allocates an uninitialised string of `length` code points able to hold `maxchar`.
Object* str_new_uninit(ssize length, uint32_t maxchar);
void str_write_char(Object* s, ssize i, uint32_t cp) noexcept; // only on fresh strings
// Decodes UTF-8 with an errors policy ("strict", "replace", "surrogateescape", ...).
Object* str_decode_utf8(std::string_view bytes, const char* errors);

// Access. The view stays valid while s lives. Fails (UnicodeEncodeError) only for lone surrogates.
const char* str_as_utf8(Object* s, ssize* size = nullptr);
std::string_view str_view(Object* s);          // UTF-8 view; empty view + exception on surrogate failure
std::string str_to_std(Object* s);             // UTF-8 copy (surrogates escaped as \udxxx replacement '?')
bool str_equal(Object* a, Object* b) noexcept; // both str
bool str_equal_ascii(Object* s, std::string_view ascii) noexcept;
int str_compare(Object* a, Object* b) noexcept; // code-point order: -1/0/1
hash_t str_hash(Object* s) noexcept;
Object* str_concat(Object* a, Object* b);
Object* str_join(Object* sep, Object* iterable);
// items[0..n) all str (subclasses allowed), joined by sep (nullptr: none).
// One allocation, no per-character work when kinds agree. New reference.
Object* str_concat_array(Object* sep, Object* const* items, ssize n);
Object* str_substring(Object* s, ssize start, ssize end);
Object* str_repr(Object* s); // with quotes, escapes as CPython
// Builds a str from parts efficiently (used by f-strings, join, repr).
class StrBuilder {
public:
  void append(Object* str);
  void append_utf8(std::string_view s);
  void append_ascii(char c) { buf_.push_back(static_cast<uint32_t>(static_cast<unsigned char>(c))); }
  void append_char(uint32_t cp) {
    buf_.push_back(cp);
    if (cp > maxchar_)
      maxchar_ = cp;
  }
  Object* finish(); // new str
  ssize length() const { return static_cast<ssize>(buf_.size()); }

private:
  std::basic_string<uint32_t> buf_;
  uint32_t maxchar_ = 0;
};

// Interning. str_intern returns the canonical object for s's value (a new
// reference), interning s itself if the value is new.
Object* str_intern(Object* s);
Object* str_intern_utf8(std::string_view s); // new reference
// Interned string for a C literal, made static (STATIC_REFCNT, as CPython's
// _Py_ID strings); cache the result (borrowed, never freed).
Object* str_static(const char* s);

// Identifiers (str.isidentifier) by Unicode rules.
bool str_is_identifier(Object* s);

} // namespace coil
