// float <-> text: the shortest round-trip repr (CPython's 'r' format),
// float() string parsing, float.hex and float.fromhex.
//
// Invariants
// - float_repr uses the shortest digit string that round-trips (std::to_chars)
//   and CPython's layout rules: exponent notation when the decimal exponent
//   is < -4 or >= 16, at least two exponent digits, ".0" for integral values.
// - Parsing accepts exactly Python's float() syntax and is correctly rounded.
#include <gmp.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "runtime/errors.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int_internal.h"
#include "runtime/objects/str.h"

namespace coil {

std::string float_repr(double v) {
  if (std::isnan(v))
    return "nan";
  if (std::isinf(v))
    return v > 0 ? "inf" : "-inf";
  if (v == 0)
    return std::signbit(v) ? "-0.0" : "0.0";
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  std::string_view sci(buf, size_t(res.ptr - buf)); // [-]d[.ddd]e[+-]xx
  std::string out;
  size_t i = 0;
  if (sci[0] == '-') {
    out.push_back('-');
    i = 1;
  }
  size_t epos = sci.find('e');
  std::string digits;
  for (size_t k = i; k < epos; ++k)
    if (sci[k] != '.')
      digits.push_back(sci[k]);
  int exp = std::atoi(std::string(sci.substr(epos + 1)).c_str());
  if (exp < -4 || exp >= 16) {
    out.push_back(digits[0]);
    if (digits.size() > 1) {
      out.push_back('.');
      out.append(digits, 1, std::string::npos);
    }
    out.push_back('e');
    out.push_back(exp < 0 ? '-' : '+');
    int a = exp < 0 ? -exp : exp;
    if (a < 10)
      out.push_back('0');
    out += std::to_string(a);
    return out;
  }
  int decpt = exp + 1; // digits before the decimal point
  int nd = int(digits.size());
  if (decpt <= 0) {
    out += "0.";
    out.append(size_t(-decpt), '0');
    out += digits;
  } else if (decpt >= nd) {
    out += digits;
    out.append(size_t(decpt - nd), '0');
    out += ".0";
  } else {
    out.append(digits, 0, size_t(decpt));
    out.push_back('.');
    out.append(digits, size_t(decpt), std::string::npos);
  }
  return out;
}

namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size())
    return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != b[i])
      return false;
  return true;
}

// digitpart: digit (['_'] digit)*; appends the digits to out.
bool scan_digits(std::string_view s, size_t& i, std::string& out) {
  if (i >= s.size() || !std::isdigit(static_cast<unsigned char>(s[i])))
    return false;
  while (i < s.size()) {
    char c = s[i];
    if (std::isdigit(static_cast<unsigned char>(c))) {
      out.push_back(c);
      ++i;
    } else if (c == '_' && i + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[i + 1]))) {
      ++i;
    } else {
      break;
    }
  }
  return true;
}

// Parses a Python float literal (no surrounding space). false on syntax error.
bool parse_float_text(std::string_view s, double* result) {
  size_t i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
    negative = s[i] == '-';
    ++i;
  }
  std::string_view rest = s.substr(i);
  if (iequals(rest, "inf") || iequals(rest, "infinity")) {
    *result = negative ? -HUGE_VAL : HUGE_VAL;
    return true;
  }
  if (iequals(rest, "nan")) {
    *result = negative ? -NAN : NAN;
    return true;
  }
  std::string clean;
  bool int_digits = scan_digits(s, i, clean);
  bool frac_digits = false;
  if (i < s.size() && s[i] == '.') {
    clean.push_back('.');
    ++i;
    frac_digits = scan_digits(s, i, clean);
  }
  if (!int_digits && !frac_digits)
    return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    clean.push_back('e');
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-'))
      clean.push_back(s[i++]);
    if (!scan_digits(s, i, clean))
      return false;
  }
  if (i != s.size())
    return false;
  double v = 0;
  auto res = std::from_chars(clean.data(), clean.data() + clean.size(), v);
  if (res.ec == std::errc::result_out_of_range)
    v = std::strtod(clean.c_str(), nullptr); // inf or 0 with the right rounding
  else if (res.ec != std::errc() || res.ptr != clean.data() + clean.size())
    return false;
  *result = negative ? -v : v;
  return true;
}

} // namespace

Object* float_parse(std::string_view text, Object* orig) {
  size_t b = 0, e = text.size();
  while (b < e && is_space(text[b]))
    ++b;
  while (e > b && is_space(text[e - 1]))
    --e;
  double v;
  if (b < e && text.substr(b, e - b).find('\0') == std::string_view::npos &&
      parse_float_text(text.substr(b, e - b), &v))
    return float_from_double(v);
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
  std::string rs = str_to_std(r);
  decref(r);
  return err_format(ValueError, "could not convert string to float: {}", rs);
}

Object* float_from_string(std::string_view text) {
  return float_parse(text, nullptr);
}

// ---------------------------------------------------------------- hex

std::string float_hex(double v) {
  if (std::isnan(v))
    return "nan";
  if (std::isinf(v))
    return v > 0 ? "inf" : "-inf";
  std::string out = std::signbit(v) ? "-" : "";
  if (v == 0)
    return out + "0x0.0p+0";
  int e;
  double m = std::frexp(std::fabs(v), &e); // [0.5, 1)
  // Normalise to a leading digit of 1, or 0 for subnormals (exponent -1022).
  int shift = 1 - std::max(-1021 - e, 0);
  m = std::ldexp(m, shift);
  e -= shift;
  int lead = int(m);
  m -= lead;
  out += "0x";
  out += char('0' + lead);
  out += '.';
  static const char hexd[] = "0123456789abcdef";
  for (int k = 0; k < 13; ++k) {
    m *= 16.0;
    int d = int(m);
    out += hexd[d];
    m -= d;
  }
  out += 'p';
  out += e < 0 ? '-' : '+';
  out += std::to_string(e < 0 ? -e : e);
  return out;
}

Object* float_fromhex_text(std::string_view s) {
  auto invalid = [] { return err_set_string(ValueError, "invalid hexadecimal floating-point string"); };
  size_t i = 0, n = s.size();
  while (i < n && is_space(s[i]))
    ++i;
  while (n > i && is_space(s[n - 1]))
    --n;
  bool negative = false;
  if (i < n && (s[i] == '+' || s[i] == '-')) {
    negative = s[i] == '-';
    ++i;
  }
  std::string_view rest = s.substr(i, n - i);
  if (iequals(rest, "inf") || iequals(rest, "infinity"))
    return float_from_double(negative ? -HUGE_VAL : HUGE_VAL);
  if (iequals(rest, "nan"))
    return float_from_double(negative ? -NAN : NAN);
  if (n - i >= 2 && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X'))
    i += 2;
  std::string digits;
  int64_t frac = 0;
  bool any = false;
  while (i < n && std::isxdigit(static_cast<unsigned char>(s[i]))) {
    digits.push_back(s[i++]);
    any = true;
  }
  if (i < n && s[i] == '.') {
    ++i;
    while (i < n && std::isxdigit(static_cast<unsigned char>(s[i]))) {
      digits.push_back(s[i++]);
      ++frac;
      any = true;
    }
  }
  if (!any)
    return invalid();
  int64_t exp = 0;
  if (i < n && (s[i] == 'p' || s[i] == 'P')) {
    ++i;
    bool eneg = false;
    if (i < n && (s[i] == '+' || s[i] == '-')) {
      eneg = s[i] == '-';
      ++i;
    }
    if (i >= n || !std::isdigit(static_cast<unsigned char>(s[i])))
      return invalid();
    while (i < n && std::isdigit(static_cast<unsigned char>(s[i]))) {
      if (exp < (int64_t(1) << 40))
        exp = exp * 10 + (s[i] - '0');
      ++i;
    }
    if (eneg)
      exp = -exp;
  }
  if (i != n)
    return invalid();
  mpz_t m;
  mpz_init_set_str(m, digits.c_str(), 16);
  exp -= 4 * frac;
  double v = 0.0;
  if (mpz_sgn(m) != 0) {
    int64_t top = int64_t(mpz_sizeinbase(m, 2)) + exp; // value < 2**top
    if (top > 1024) {
      mpz_clear(m);
      return err_set_string(OverflowError, "hexadecimal value too large to represent as a float");
    }
    if (top >= -1080) {
      mpz_t den;
      mpz_init_set_ui(den, 1);
      if (exp >= 0)
        mpz_mul_2exp(m, m, mp_bitcnt_t(exp));
      else
        mpz_mul_2exp(den, den, mp_bitcnt_t(-exp));
      bool overflow = false;
      v = mpz_ratio_to_double(m, den, &overflow);
      mpz_clear(den);
      if (overflow) {
        mpz_clear(m);
        return err_set_string(OverflowError, "hexadecimal value too large to represent as a float");
      }
    }
  }
  mpz_clear(m);
  return float_from_double(negative ? -v : v);
}

} // namespace coil
