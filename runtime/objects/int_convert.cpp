// int <-> text and bytes: int() parsing, str(int), to_bytes/from_bytes,
// and int.__format__.
//
// Invariants
// - Decimal (non power-of-two base) conversions in both directions honour
//   the 3.11 limit Interpreter::main()->config.int_max_str_digits (0 means
//   no limit); literal parsing for the compiler (int_from_literal) does not.
// - Parsing accepts exactly CPython's int() syntax: surrounding ASCII white
//   space, one sign, base prefixes (base 0, or matching base 2/8/16),
//   single underscores between digits (and right after a prefix).
#include <gmp.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <cstring>

#include "runtime/errors.h"
#include "runtime/format_spec.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int_internal.h"
#include "runtime/objects/str.h"
#include "runtime/thread_state.h"

namespace coil {

namespace {

int max_str_digits() {
  Interpreter* interp = Interpreter::main();
  return interp ? interp->config.int_max_str_digits : 4300;
}

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

int digit_value(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'z')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z')
    return c - 'A' + 10;
  return 99;
}

std::nullptr_t invalid_literal(int base, Object* orig, std::string_view text) {
  Object* shown = orig;
  Object* tmp = nullptr;
  if (!shown) {
    tmp = str_from_utf8(text);
    if (!tmp)
      return nullptr;
    shown = tmp;
  }
  Object* r = object_repr(shown);
  xdecref(tmp);
  if (!r)
    return nullptr;
  // CPython shows at most 200 characters of the repr.
  Object* cut = r;
  if (str_length(r) > 200) {
    cut = str_substring(r, 0, 200);
    decref(r);
    if (!cut)
      return nullptr;
  }
  std::string s = str_to_std(cut);
  decref(cut);
  return err_format(ValueError, "invalid literal for int() with base {}: {}", base, s);
}

// Validates and strips underscores; returns false on a syntax error.
// On success `digits` holds only digit characters and *base is resolved.
bool scan_int(std::string_view t, int* base, bool* negative, std::string& digits) {
  size_t i = 0, n = t.size();
  while (i < n && is_ascii_space(t[i]))
    ++i;
  while (n > i && is_ascii_space(t[n - 1]))
    --n;
  *negative = false;
  if (i < n && (t[i] == '+' || t[i] == '-')) {
    *negative = t[i] == '-';
    ++i;
  }
  bool prefixed = false;
  if (n - i >= 2 && t[i] == '0') {
    char p = static_cast<char>(t[i + 1] | 0x20);
    int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (pb && (*base == 0 || *base == pb)) {
      *base = pb;
      i += 2;
      prefixed = true;
    }
  }
  bool literal_rules = *base == 0;
  if (*base == 0)
    *base = 10;
  // After a prefix one underscore may come before the first digit.
  if (prefixed && i < n && t[i] == '_')
    ++i;
  if (i >= n)
    return false;
  bool prev_digit = false;
  for (; i < n; ++i) {
    char c = t[i];
    if (c == '_') {
      if (!prev_digit)
        return false;
      prev_digit = false;
      continue;
    }
    if (digit_value(c) >= *base)
      return false;
    digits.push_back(c);
    prev_digit = true;
  }
  if (!prev_digit)
    return false;
  // Base-0 decimal literals may not have leading zeros ("010"), except 0 itself.
  if (literal_rules && !prefixed && digits.size() > 1 && digits[0] == '0' &&
      digits.find_first_not_of('0') != std::string::npos)
    return false;
  return true;
}

Object* int_from_digits(const std::string& digits, int base, bool negative) {
  if (digits.size() <= 18 && base <= 10) {
    int64_t v = 0;
    for (char c : digits)
      v = v * base + digit_value(c);
    return int_from_i64(negative ? -v : v);
  }
  mpz_t z;
  mpz_init(z);
  mpz_set_str(z, digits.c_str(), base); // validated above
  if (negative)
    mpz_neg(z, z);
  return int_steal_mpz(z);
}

} // namespace

Object* int_parse(std::string_view text, int base, Object* orig) {
  int shown_base = base;
  int b = base;
  bool negative = false;
  std::string digits;
  if (!scan_int(text, &b, &negative, digits))
    return invalid_literal(shown_base, orig, text);
  if ((b & (b - 1)) != 0) {
    int limit = max_str_digits();
    if (limit > 0 && digits.size() > size_t(limit))
      return err_format(ValueError,
                        "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; "
                        "use sys.set_int_max_str_digits() to increase the limit",
                        limit, digits.size());
  }
  return int_from_digits(digits, b, negative);
}

Object* int_from_string(std::string_view text, int base) {
  return int_parse(text, base, nullptr);
}

Object* int_from_literal(std::string_view token) {
  int b = 0;
  bool negative = false;
  std::string digits;
  if (!scan_int(token, &b, &negative, digits))
    return invalid_literal(0, nullptr, token);
  return int_from_digits(digits, b, negative);
}

std::string number_text_from_str(Object* s) {
  StrObject* so = static_cast<StrObject*>(s);
  if (so->ascii) {
    std::string_view v = str_view(s);
    return std::string(v);
  }
  std::string out;
  ssize n = str_length(s);
  out.reserve(size_t(n));
  for (ssize i = 0; i < n; ++i) {
    uint32_t cp = str_char_at(s, i);
    if (cp < 128) {
      out.push_back(static_cast<char>(cp));
    } else if (u_isUWhiteSpace(static_cast<UChar32>(cp))) {
      out.push_back(' ');
    } else if (u_charType(static_cast<UChar32>(cp)) == U_DECIMAL_DIGIT_NUMBER) {
      out.push_back(static_cast<char>('0' + u_charDigitValue(static_cast<UChar32>(cp))));
    } else {
      // Leave other characters as UTF-8 so that parsing fails on them.
      char buf[4];
      int len = 0;
      if (cp < 0x800) {
        buf[len++] = char(0xC0 | (cp >> 6));
      } else if (cp < 0x10000) {
        buf[len++] = char(0xE0 | (cp >> 12));
        buf[len++] = char(0x80 | ((cp >> 6) & 0x3F));
      } else {
        buf[len++] = char(0xF0 | (cp >> 18));
        buf[len++] = char(0x80 | ((cp >> 12) & 0x3F));
        buf[len++] = char(0x80 | ((cp >> 6) & 0x3F));
      }
      buf[len++] = char(0x80 | (cp & 0x3F));
      out.append(buf, size_t(len));
    }
  }
  return out;
}

std::string int_to_string(Object* o, int base) {
  IntObject* i = static_cast<IntObject*>(o);
  if (!i->is_big && base == 10)
    return std::to_string(i->small);
  MpzView v(o);
  std::string s(mpz_sizeinbase(v, base) + 2, '\0');
  mpz_get_str(s.data(), base, v);
  s.resize(std::strlen(s.c_str()));
  return s;
}

Object* int_to_decimal_str(Object* o) {
  IntObject* i = static_cast<IntObject*>(o);
  if (!i->is_big)
    return str_from_ascii(std::to_string(i->small));
  int limit = max_str_digits();
  auto too_many = [limit] {
    return err_format(ValueError,
                      "Exceeds the limit ({} digits) for integer string conversion; "
                      "use sys.set_int_max_str_digits() to increase the limit",
                      limit);
  };
  // sizeinbase is exact or one too large.
  if (limit > 0 && mpz_sizeinbase(i->big, 10) - 1 > size_t(limit))
    return too_many();
  std::string s = int_to_string(o, 10);
  size_t ndigits = s.size() - (s[0] == '-' ? 1 : 0);
  if (limit > 0 && ndigits > size_t(limit))
    return too_many();
  return str_from_ascii(s);
}

// ---------------------------------------------------------------- bytes

namespace {

// 1 for big, 0 for little, -1 with an exception.
int parse_byteorder(Object* o, const char* fname) {
  if (!o)
    return 1;
  if (!str_check(o)) {
    err_format(TypeError, "{}() argument 'byteorder' must be str, not {}", fname, arg_type_name(o));
    return -1;
  }
  if (str_equal_ascii(o, "big"))
    return 1;
  if (str_equal_ascii(o, "little"))
    return 0;
  err_set_string(ValueError, "byteorder must be either 'little' or 'big'");
  return -1;
}

} // namespace

Object* int_to_bytes_m(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[3];
  if (parse_fast_args("to_bytes", args, nargs, kwnames, {"length", "byteorder", "signed"}, 0, 2, 0, a) < 0)
    return nullptr;
  ssize length = 1;
  if (a[0]) {
    length = number_as_ssize_arg(a[0]);
    if (length == -1 && err_occurred())
      return nullptr;
    if (length < 0)
      return err_set_string(ValueError, "length argument must be non-negative");
  }
  int big_endian = parse_byteorder(a[1], "to_bytes");
  if (big_endian < 0)
    return nullptr;
  bool is_signed = false;
  if (a[2]) {
    int t = object_is_true(a[2]);
    if (t < 0)
      return nullptr;
    is_signed = t;
  }
  int sign = int_sign(self);
  if (sign < 0 && !is_signed)
    return err_set_string(OverflowError, "can't convert negative int to unsigned");
  MpzView v(self);
  mpz_t val;
  mpz_init(val);
  // Bits needed: unsigned magnitude, or two's complement with a sign bit.
  uint64_t need;
  if (sign >= 0) {
    need = sign == 0 ? 0 : mpz_sizeinbase(v, 2);
    if (is_signed)
      ++need;
    mpz_set(val, v);
  } else {
    mpz_t t;
    mpz_init(t);
    mpz_com(t, v); // -x-1 >= 0
    need = (mpz_sgn(t) == 0 ? 0 : mpz_sizeinbase(t, 2)) + 1;
    mpz_clear(t);
    mpz_set_ui(val, 1);
    mpz_mul_2exp(val, val, static_cast<mp_bitcnt_t>(length) * 8);
    mpz_add(val, val, v); // 2**(8*length) + x
  }
  if (need > uint64_t(length) * 8) {
    mpz_clear(val);
    return err_set_string(OverflowError, "int too big to convert");
  }
  Object* out = bytes_new_uninit(length);
  if (!out) {
    mpz_clear(val);
    return nullptr;
  }
  char* data = static_cast<BytesObject*>(out)->data;
  std::memset(data, 0, size_t(length));
  size_t count = 0;
  if (mpz_sgn(val) != 0) {
    size_t nbytes = (mpz_sizeinbase(val, 2) + 7) / 8;
    // Export big-endian into the tail of the buffer.
    mpz_export(data + (length - ssize(nbytes)), &count, 1, 1, 1, 0, val);
  }
  mpz_clear(val);
  if (!big_endian)
    std::reverse(data, data + length);
  return out;
}

Object* int_from_bytes_m(Object* type, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[3];
  if (parse_fast_args("from_bytes", args, nargs, kwnames, {"bytes", "byteorder", "signed"}, 0, 2, 1, a) < 0)
    return nullptr;
  int big_endian = parse_byteorder(a[1], "from_bytes");
  if (big_endian < 0)
    return nullptr;
  bool is_signed = false;
  if (a[2]) {
    int t = object_is_true(a[2]);
    if (t < 0)
      return nullptr;
    is_signed = t;
  }
  Object* data_obj;
  if (bytes_check(a[0])) {
    data_obj = newref(a[0]);
  } else if (!type_lookup(a[0]->type, str_static("__bytes__")) &&
             (int_check(a[0]) || str_check(a[0]) ||
              (!a[0]->type->as_buffer && !a[0]->type->iter &&
               !(a[0]->type->as_sequence && a[0]->type->as_sequence->item)))) {
    // PyObject_Bytes refuses what bytes() would take with another meaning
    // (a count, through __index__) or not at all.
    return err_format(TypeError, "cannot convert '{}' object to bytes", type_name_of(a[0]));
  } else {
    data_obj = object_call_one(&BytesType, a[0]);
    if (!data_obj)
      return nullptr;
  }
  std::string_view data = bytes_view(data_obj);
  mpz_t z;
  mpz_init(z);
  if (!data.empty())
    mpz_import(z, data.size(), big_endian ? 1 : -1, 1, 0, 0, data.data());
  if (is_signed && !data.empty()) {
    unsigned char top = static_cast<unsigned char>(big_endian ? data.front() : data.back());
    if (top & 0x80) {
      mpz_t p;
      mpz_init_set_ui(p, 1);
      mpz_mul_2exp(p, p, data.size() * 8);
      mpz_sub(z, z, p);
      mpz_clear(p);
    }
  }
  decref(data_obj);
  Object* r = int_steal_mpz(z);
  if (!r || type == &IntType)
    return r;
  Object* sub = object_call_one(type, r);
  decref(r);
  return sub;
}

// ---------------------------------------------------------------- format

Object* int_format_method(Object* self, Object* spec) {
  if (!str_check(spec))
    return err_format(TypeError, "__format__() argument must be str, not {}", arg_type_name(spec));
  if (str_length(spec) == 0)
    return object_str(self);
  std::string_view sv = str_view(spec);
  if (err_occurred())
    return nullptr;
  FormatSpec fs;
  if (format_spec_parse(sv, &fs, type_name_of(self)) < 0)
    return nullptr;
  switch (fs.type) {
  case 'e':
  case 'E':
  case 'f':
  case 'F':
  case 'g':
  case 'G':
  case '%': {
    double d = int_as_double(self);
    if (d == -1.0 && err_occurred())
      return nullptr;
    return format_float(d, fs, "int");
  }
  default:
    return format_int(self, fs);
  }
}

bool index_as_c_int(Object* o, int* out) {
  Object* index = number_index(o);
  if (!index)
    return false;
  bool overflow = false;
  int64_t x = int_as_i64(index, &overflow);
  decref(index);
  if (overflow || x < INT32_MIN || x > INT32_MAX) {
    err_set_string(OverflowError, "Python int too large to convert to C int");
    return false;
  }
  *out = int(x);
  return true;
}

} // namespace coil
