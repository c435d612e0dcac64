// Private helpers shared by the str / bytes / bytearray implementation files
// (str.cpp, str_methods.cpp, str_format.cpp, str_unicode.cpp, codecs.cpp,
// bytes.cpp, bytes_methods.cpp, bytearray.cpp, str_iter.cpp). Not a public
// contract: other subsystems use runtime/objects/str.h and bytes.h.
//
// Invariants
// - A StrObject's kind is always the narrowest that holds its largest code
//   point and `ascii` is exact; every constructor here keeps that canonical
//   form, so equal strings have equal kinds and bytes.
// - Argument parsing follows CPython 3.11's messages for the three styles
//   used by str/bytes methods (see ArgStyle).
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "runtime/errors.h"
#include "runtime/object.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/str.h"

namespace coil {

// ---------------------------------------------------------------- code points

struct CpView {
  const void* data;
  int kind;
  ssize len;
  uint32_t operator[](ssize i) const noexcept {
    switch (kind) {
    case 1:
      return static_cast<const uint8_t*>(data)[i];
    case 2:
      return static_cast<const uint16_t*>(data)[i];
    default:
      return static_cast<const uint32_t*>(data)[i];
    }
  }
};
inline CpView str_cps(Object* s) noexcept {
  auto* o = static_cast<StrObject*>(s);
  return CpView{o->data(), o->kind, o->size};
}
inline int str_kind(Object* s) noexcept {
  return static_cast<StrObject*>(s)->kind;
}
inline bool str_is_ascii(Object* s) noexcept {
  return static_cast<StrObject*>(s)->ascii;
}
uint32_t str_max_char(Object* s) noexcept; // largest code point (0 for "")

// Builds a canonical str from a range of another string (narrowest kind).
Object* str_from_view_range(const CpView& v, ssize start, ssize end);
// Returns `s` itself (new ref) when it is an exact str, else an exact copy.
Object* str_exact_copy(Object* s);
// An exact str from a buffer of u32 code points.
Object* str_from_u32(const std::u32string& buf);
// Allocates an instance of a str subclass `type` holding a copy of `s`.
Object* str_subtype_from(TypeObject* type, Object* s);

// ---------------------------------------------------------------- arg parsing

enum class ArgStyle {
  Clinic,   // "split() takes at most 2 arguments (3 given)", "'x' is an invalid keyword argument for split()"
  PosOnly,  // "center expected at least 1 argument, got 0"; kwargs: "str.center() takes no keyword arguments"
  OldStyle, // "find() takes at least 1 argument (0 given)"; kwargs: "str.find() takes no keyword arguments"
};
struct ArgParser {
  const char* fname; // "split"
  const char* owner; // "str" (for "str.center() takes no keyword arguments")
  ArgStyle style;
  int min, max;               // positional+keyword counts
  const char* const* kwnames; // names of the parameters (Clinic style), nullptr-terminated
};
// Fills out[0..max) (borrowed; nullptr = not given). Returns 0/-1.
int parse_args(const ArgParser& p, Object* const* args, ssize nargs, Object* kwnames, Object** out);

// CPython's _PyEval_SliceIndex: None keeps *pi, else __index__ clamped.
// "slice indices must be integers or None or have an __index__ method".
int slice_index_arg(Object* v, ssize* pi);
// Adjusts start/end the way find/count do: negative from the end, clamped.
void adjust_find_range(ssize len, ssize* start, ssize* end) noexcept;
// An int argument via __index__ (TypeError "'str' object cannot be interpreted as an integer"), OverflowError
// on overflow.
int ssize_arg(Object* v, ssize* out);

// ---------------------------------------------------------------- unicode (str_unicode.cpp)

// Assigned in Unicode 14.0.0, CPython 3.11's database (ICU knows newer
// characters: they answer as unassigned everywhere).
bool uni_is_assigned(uint32_t c) noexcept;
bool uni_isspace(uint32_t c) noexcept;
bool uni_isalpha(uint32_t c) noexcept;
bool uni_isdecimal(uint32_t c) noexcept;
bool uni_isdigit(uint32_t c) noexcept;
bool uni_isnumeric(uint32_t c) noexcept;
bool uni_isalnum(uint32_t c) noexcept;
bool uni_isprintable(uint32_t c) noexcept;
bool uni_islower(uint32_t c) noexcept;
bool uni_isupper(uint32_t c) noexcept;
bool uni_istitle(uint32_t c) noexcept;
bool uni_iscased(uint32_t c) noexcept;
bool uni_iscaseignorable(uint32_t c) noexcept;
bool uni_islinebreak(uint32_t c) noexcept;
int uni_decimal_value(uint32_t c) noexcept; // -1 when not a decimal digit

// Method implementations living outside str_methods.cpp (for its table).
Object* str_m_upper(Object* self, Object*);
Object* str_m_lower(Object* self, Object*);
Object* str_m_casefold(Object* self, Object*);
Object* str_m_swapcase(Object* self, Object*);
Object* str_m_title(Object* self, Object*);
Object* str_m_capitalize(Object* self, Object*);
Object* str_m_isalnum(Object* self, Object*);
Object* str_m_isalpha(Object* self, Object*);
Object* str_m_isascii(Object* self, Object*);
Object* str_m_isdecimal(Object* self, Object*);
Object* str_m_isdigit(Object* self, Object*);
Object* str_m_isidentifier(Object* self, Object*);
Object* str_m_islower(Object* self, Object*);
Object* str_m_isnumeric(Object* self, Object*);
Object* str_m_isprintable(Object* self, Object*);
Object* str_m_isspace(Object* self, Object*);
Object* str_m_istitle(Object* self, Object*);
Object* str_m_isupper(Object* self, Object*);
// str_format.cpp
Object* str_m_format(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* str_m_format_map(Object* self, Object* mapping);
Object* str_m_dunder_format(Object* self, Object* spec);
Object* str_mod(Object* a, Object* b); // nb_remainder
// Shared %-formatting engine: bytes mode when `bytes_mode` (result bytes).
Object* percent_format(Object* fmt_str_or_bytes, Object* args, bool bytes_mode);
// str_methods.cpp
extern MethodDef str_methods_table[];

// ---------------------------------------------------------------- codecs (codecs.cpp)

// Normalised codec names: "utf-8", "ascii", "latin-1", "utf-16", "utf-16-le",
// "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"; nullptr with LookupError when unknown.
const char* codec_normalize(const char* encoding);
// str.encode / bytes.decode. encoding/errors nullptr mean "utf-8"/"strict".
Object* codec_encode(Object* str, const char* encoding, const char* errors);
Object* codec_decode(const char* data, ssize len, const char* encoding, const char* errors);
// Raise UnicodeEncodeError/UnicodeDecodeError with the standard args.
std::nullptr_t raise_encode_error(const char* encoding, Object* str, ssize start, ssize end,
                                  const char* reason);
std::nullptr_t raise_decode_error(const char* encoding, const char* data, ssize len, ssize start, ssize end,
                                  const char* reason);

// ---------------------------------------------------------------- bytes-like

// bytes and bytearray (the buffer objects Coil has). Sets *out and returns
// true; false without an exception when `o` is not bytes-like.
bool get_bytes_like(Object* o, std::string_view* out) noexcept;
inline const char* bytearray_data(Object* o) noexcept {
  return static_cast<ByteArrayObject*>(o)->buffer;
}
inline ssize bytearray_size(Object* o) noexcept {
  return static_cast<ByteArrayObject*>(o)->size;
}
int bytearray_resize(Object* ba, ssize newsize);  // keeps contents; refuses while exported
Object* bytes_from_iterable_or_buffer(Object* o); // bytes(x) for x a buffer / iterable of ints

extern MethodDef bytes_methods_table[];     // bytes_methods.cpp
extern MethodDef bytearray_methods_table[]; // bytes_methods.cpp
// bytes.cpp
Object* bytes_getnewargs(Object* self, Object*);
Object* bytes_dunder_bytes(Object* self, Object*);
Object* bytes_sizeof(Object* self, Object*);
// bytearray.cpp
Object* bytearray_m_alloc(Object* self, Object*);
Object* bytearray_m_sizeof(Object* self, Object*);
Object* bytearray_m_append(Object* self, Object* item);
Object* bytearray_m_clear(Object* self, Object*);
Object* bytearray_m_copy(Object* self, Object*);
Object* bytearray_m_extend(Object* self, Object* iterable);
Object* bytearray_m_insert(Object* self, Object* const* args, ssize nargs);
Object* bytearray_m_pop(Object* self, Object* const* args, ssize nargs);
Object* bytearray_m_remove(Object* self, Object* value);
Object* bytearray_m_reverse(Object* self, Object*);
// A byte value from an int-like object: TypeError via __index__, ValueError
// "byte must be in range(0, 256)"; -1 on error.
int byte_from_object(Object* o);
// bytes.cpp helpers shared with bytearray.cpp.
Object* bytes_like_repr_with_name(const char* name, std::string_view d); // "name(b'...')"
int bytes_like_contains(std::string_view d, Object* item);               // `item in d`: 0/1/-1
// bytes(x)/bytearray(x) for one argument without encoding; tname for "cannot convert 'float' object to
// bytes".
int bytes_fill_from_object(Object* x, std::string& out, const char* tname);
Object* bytes_mod(Object* a, Object* b);
Object* bytes_richcompare_views(std::string_view a, std::string_view b, int op);
Object* bytes_decode_method(Object* self, Object* const* args, ssize nargs, Object* kwnames);

} // namespace coil
