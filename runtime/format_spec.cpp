// Format-spec mini-language: parsing and rendering of ints, floats,
// complex numbers and strings, matching CPython 3.11's output and errors.
//
// Invariants
// - All text produced here is ASCII except the fill character, so widths
//   are computed as ASCII lengths plus one code point per fill.
// - A width beyond kLargeWidth is accepted only if that many bytes can be
//   allocated (else MemoryError, as CPython's allocation of the result).
// - Floats are rendered by glibc's correctly rounded printf for fixed
//   precisions and by float_repr for the shortest repr ('r').
#include "runtime/format_spec.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "runtime/alloc.h"
#include "runtime/errors.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int_internal.h"
#include "runtime/objects/str.h"

namespace coil {

namespace {

std::vector<uint32_t> decode_utf8(std::string_view s) {
  std::vector<uint32_t> out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    uint32_t cp;
    int len;
    if (c < 0x80) {
      cp = c;
      len = 1;
    } else if (c >> 5 == 6) {
      cp = c & 0x1f;
      len = 2;
    } else if (c >> 4 == 14) {
      cp = c & 0x0f;
      len = 3;
    } else {
      cp = c & 0x07;
      len = 4;
    }
    for (int k = 1; k < len && i + k < s.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3f);
    out.push_back(cp);
    i += size_t(len);
  }
  return out;
}

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(char(cp));
  } else if (cp < 0x800) {
    out.push_back(char(0xC0 | (cp >> 6)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(char(0xE0 | (cp >> 12)));
    out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(char(0xF0 | (cp >> 18)));
    out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  }
}

// Widths up to this are padded without asking whether memory suffices.
constexpr ssize kLargeWidth = ssize(1) << 24;

void append_fill(std::string& out, uint32_t fill, ssize n) {
  if (n <= 0)
    return;
  if (fill < 0x80) {
    out.append(static_cast<size_t>(n), char(fill));
    return;
  }
  std::string one;
  append_utf8(one, fill);
  out.reserve(out.size() + one.size() * static_cast<size_t>(n));
  for (ssize i = 0; i < n; ++i)
    out.append(one);
}

bool is_align(uint32_t c) {
  return c == '<' || c == '>' || c == '=' || c == '^';
}

std::nullptr_t unknown_code(uint32_t type, const char* type_name) {
  if (type > 32 && type < 128)
    return err_format(ValueError, "Unknown format code '{}' for object of type '{}'", char(type), type_name);
  return err_format(ValueError, "Unknown format code '\\x{:x}' for object of type '{}'", type, type_name);
}

// PEP 378/515: which presentation types accept a grouping option.
bool check_grouping(const FormatSpec& spec, uint32_t type) {
  if (!spec.grouping)
    return true;
  switch (type) {
  case 'd':
  case 'e':
  case 'f':
  case 'g':
  case 'E':
  case 'G':
  case '%':
  case 'F':
  case 0:
    return true;
  case 'b':
  case 'o':
  case 'x':
  case 'X':
    if (spec.grouping == '_')
      return true;
    [[fallthrough]];
  default:
    if (type > 32 && type < 128)
      err_format(ValueError, "Cannot specify '{}' with '{}'.", spec.grouping, char(type));
    else
      err_format(ValueError, "Cannot specify '{}' with '\\x{:x}'.", spec.grouping, type);
    return false;
  }
}

// Resolves '0' padding: fill '0' unless a fill was given, '=' alignment for
// numbers when no alignment was given.
void effective_fill_align(const FormatSpec& spec, char default_align, uint32_t* fill, char* align) {
  *fill = spec.fill;
  *align = spec.align ? spec.align : default_align;
  if (spec.zero_pad && !spec.fill_given) {
    *fill = '0';
    if (!spec.align && default_align == '>')
      *align = '=';
  }
}

// Inserts `sep` every `interval` digits from the right; with min_width > 0
// pads with zeros (and separators) up to at least min_width characters,
// never starting with a separator.
std::string group_digits(std::string_view digits, char sep, int interval, ssize min_width) {
  std::string rev;
  int count = 0;
  for (size_t i = digits.size(); i-- > 0;) {
    if (sep && count == interval) {
      rev.push_back(sep);
      count = 0;
    }
    rev.push_back(digits[i]);
    ++count;
  }
  while (ssize(rev.size()) < min_width) {
    if (sep && count == interval) {
      rev.push_back(sep);
      count = 0;
      rev.push_back('0');
      ++count;
      continue;
    }
    rev.push_back('0');
    ++count;
  }
  return std::string(rev.rbegin(), rev.rend());
}

// sign + prefix + digits (grouped) + rest, aligned in the spec's width.
std::string render_number(std::string_view sign, std::string_view prefix, std::string_view digits,
                          std::string_view rest, const FormatSpec& spec, int interval) {
  uint32_t fill;
  char align;
  effective_fill_align(spec, '>', &fill, &align);
  ssize width = spec.width < 0 ? 0 : spec.width;
  ssize fixed = ssize(sign.size() + prefix.size() + rest.size());
  std::string grouped;
  char sep = digits.empty() ? 0 : spec.grouping; // inf/nan: zero padding without separators
  if (align == '=' && fill == '0')
    grouped = group_digits(digits, sep, interval, sep ? width - fixed : 0);
  else
    grouped = group_digits(digits, sep, interval, 0);
  ssize len = fixed + ssize(grouped.size());
  ssize pad = width > len ? width - len : 0;
  std::string out;
  switch (align) {
  case '<':
    out.append(sign).append(prefix).append(grouped).append(rest);
    append_fill(out, fill, pad);
    break;
  case '^':
    append_fill(out, fill, pad / 2);
    out.append(sign).append(prefix).append(grouped).append(rest);
    append_fill(out, fill, pad - pad / 2);
    break;
  case '=':
    out.append(sign).append(prefix);
    append_fill(out, fill, pad);
    out.append(grouped).append(rest);
    break;
  default:
    append_fill(out, fill, pad);
    out.append(sign).append(prefix).append(grouped).append(rest);
    break;
  }
  return out;
}

std::string sign_text(bool negative, char sign) {
  if (negative)
    return "-";
  if (sign == '+')
    return "+";
  if (sign == ' ')
    return " ";
  return "";
}

} // namespace

int format_spec_parse(std::string_view spec_text, FormatSpec* out, const char* type_name_for_errors) {
  *out = FormatSpec();
  std::vector<uint32_t> s = decode_utf8(spec_text);
  size_t pos = 0, end = s.size();
  if (end >= 2 && is_align(s[1])) {
    out->fill = s[0];
    out->fill_given = true;
    out->align = char(s[1]);
    pos = 2;
  } else if (end >= 1 && is_align(s[0])) {
    out->align = char(s[0]);
    pos = 1;
  }
  if (pos < end && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' '))
    out->sign = char(s[pos++]);
  if (pos < end && s[pos] == 'z') {
    out->no_neg_zero = true;
    ++pos;
  }
  if (pos < end && s[pos] == '#') {
    out->alternate = true;
    ++pos;
  }
  if (!out->fill_given && pos < end && s[pos] == '0') {
    out->zero_pad = true;
    ++pos;
  }
  auto read_number = [&](ssize* value) -> int { // digits consumed, -1 on overflow
    int count = 0;
    ssize v = 0;
    while (pos < end && s[pos] >= '0' && s[pos] <= '9') {
      if (v > (PTRDIFF_MAX - 9) / 10) {
        err_set_string(ValueError, "Too many decimal digits in format string");
        return -1;
      }
      v = v * 10 + (s[pos] - '0');
      ++pos;
      ++count;
    }
    *value = v;
    return count;
  };
  ssize w;
  int n = read_number(&w);
  if (n < 0)
    return -1;
  if (n > 0)
    out->width = w;
  // The padded result is built in memory: an impossible width is MemoryError.
  if (n > 0 && !alloc_size_ok(static_cast<size_t>(w)))
    return -1;
  if (pos < end && s[pos] == ',') {
    out->grouping = ',';
    ++pos;
  }
  if (pos < end && s[pos] == '_') {
    if (out->grouping) {
      err_set_string(ValueError, "Cannot specify both ',' and '_'.");
      return -1;
    }
    out->grouping = '_';
    ++pos;
  }
  if (pos < end && s[pos] == ',' && out->grouping == '_') {
    err_set_string(ValueError, "Cannot specify both ',' and '_'.");
    return -1;
  }
  if (pos < end && s[pos] == '.') {
    ++pos;
    ssize p;
    n = read_number(&p);
    if (n < 0)
      return -1;
    if (n == 0) {
      err_set_string(ValueError, "Format specifier missing precision");
      return -1;
    }
    out->precision = p;
  }
  if (end - pos > 1) {
    err_format(ValueError, "Invalid format specifier '{}' for object of type '{}'", spec_text,
               type_name_for_errors);
    return -1;
  }
  if (end - pos == 1)
    out->type = s[pos];
  // CPython allocates the padded result at once and fails with MemoryError
  // when it cannot; so does Coil for a width no allocation can hold,
  // instead of filling for ever (or std::bad_alloc).
  // Twice the width: the padded text, then the str made of it.
  if (!format_width_fits(out->width, 2))
    return -1;
  return 0;
}

bool format_width_fits(ssize width, size_t unit) {
  if (width <= kLargeWidth)
    return true;
  if (static_cast<size_t>(width) > SIZE_MAX / unit) {
    err_no_memory();
    return false;
  }
  return alloc_size_ok(static_cast<size_t>(width) * unit);
}

void format_spec_pad(std::string& out, std::string_view body, ssize body_len, const FormatSpec& spec,
                     char default_align) {
  uint32_t fill;
  char align;
  effective_fill_align(spec, default_align, &fill, &align);
  ssize pad = spec.width > body_len ? spec.width - body_len : 0;
  if (align == '>' || align == '=') {
    append_fill(out, fill, pad);
    out.append(body);
  } else if (align == '^') {
    append_fill(out, fill, pad / 2);
    out.append(body);
    append_fill(out, fill, pad - pad / 2);
  } else {
    out.append(body);
    append_fill(out, fill, pad);
  }
}

// ---------------------------------------------------------------- ints

Object* format_int(Object* value, const FormatSpec& spec) {
  uint32_t type = spec.type ? spec.type : 'd';
  if (!check_grouping(spec, type))
    return nullptr;
  switch (type) {
  case 'b':
  case 'c':
  case 'd':
  case 'o':
  case 'x':
  case 'X':
  case 'n':
    break;
  default:
    return unknown_code(type, type_name_of(value));
  }
  if (spec.no_neg_zero)
    return err_set_string(ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
  if (spec.precision >= 0)
    return err_set_string(ValueError, "Precision not allowed in integer format specifier");
  if (type == 'c') {
    if (spec.sign)
      return err_set_string(ValueError, "Sign not allowed with integer format specifier 'c'");
    if (spec.alternate)
      return err_set_string(ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
    bool overflow = false;
    int64_t cp = int_as_i64(value, &overflow);
    if (overflow)
      return err_set_string(OverflowError, "Python int too large to convert to C long");
    if (cp < 0 || cp > 0x10FFFF)
      return err_set_string(OverflowError, "%c arg not in range(0x110000)");
    std::string body;
    append_utf8(body, uint32_t(cp));
    std::string out;
    FormatSpec s2 = spec;
    s2.grouping = 0;
    // 'c' output is a one-character string aligned like a number.
    uint32_t fill;
    char align;
    effective_fill_align(spec, '>', &fill, &align);
    s2.fill = fill;
    s2.fill_given = true;
    s2.align = align == '=' ? '>' : align;
    format_spec_pad(out, body, 1, s2, '>');
    return str_from_utf8(out);
  }
  int base = 10;
  const char* prefix = "";
  switch (type) {
  case 'b':
    base = 2;
    prefix = "0b";
    break;
  case 'o':
    base = 8;
    prefix = "0o";
    break;
  case 'x':
    base = 16;
    prefix = "0x";
    break;
  case 'X':
    base = 16;
    prefix = "0X";
    break;
  default:
    break;
  }
  std::string digits;
  if (base == 10) {
    // Decimal goes through int's str(), which enforces sys.get_int_max_str_digits().
    Object* dec = int_to_decimal_str(value);
    if (!dec)
      return nullptr;
    digits = std::string(str_view(dec));
    decref(dec);
  } else {
    digits = int_to_string(value, base);
  }
  bool negative = !digits.empty() && digits[0] == '-';
  if (negative)
    digits.erase(0, 1);
  if (type == 'X')
    for (char& c : digits)
      c = char(std::toupper(static_cast<unsigned char>(c)));
  int interval = base == 10 ? 3 : 4;
  std::string out =
      render_number(sign_text(negative, spec.sign), spec.alternate ? prefix : "", digits, "", spec, interval);
  return str_from_utf8(out);
}

// ---------------------------------------------------------------- floats

namespace {

std::string printf_double(const char* fmt, int prec, double v) {
  char small[64];
  int n = std::snprintf(small, sizeof small, fmt, prec, v);
  if (n < int(sizeof small))
    return std::string(small, size_t(n));
  std::string big(size_t(n) + 1, '\0');
  std::snprintf(big.data(), big.size(), fmt, prec, v);
  big.resize(size_t(n));
  return big;
}

// 'g' for format() without a type but with a precision: like 'g', but
// fixed notation keeps at least one digit after the point, and so switches
// to exponent notation one digit earlier (CPython's ADD_DOT_0 rule).
std::string render_g_dot0(double v, int prec, bool alt) {
  std::string e = printf_double("%.*e", prec - 1, v);
  size_t epos = e.find('e');
  int exp = std::atoi(e.c_str() + epos + 1);
  int decpt = exp + 1;
  auto strip = [alt](std::string& t) {
    if (alt || t.find('.') == std::string::npos)
      return;
    while (!t.empty() && t.back() == '0')
      t.pop_back();
    if (!t.empty() && t.back() == '.')
      t.pop_back();
  };
  if (decpt <= -4 || decpt > prec - 1) {
    std::string mant = e.substr(0, epos);
    strip(mant);
    std::string out = mant + "e";
    out += exp < 0 ? '-' : '+';
    int a = exp < 0 ? -exp : exp;
    if (a < 10)
      out += '0';
    out += std::to_string(a);
    return out;
  }
  std::string f = printf_double(alt ? "%#.*f" : "%.*f", prec - decpt, v);
  strip(f);
  if (f.find('.') == std::string::npos)
    f += ".0";
  else if (f.back() == '.')
    f += '0';
  return f;
}

// Renders |v| (finite, non-negative) in presentation `type` (e, f, g, r
// lower-case) with CPython's rules. add_dot_0: append ".0" when the result
// is all digits; alt: '#'.
std::string render_abs(double v, char type, int prec, bool alt, bool add_dot_0) {
  std::string s;
  switch (type) {
  case 'e':
    s = printf_double(alt ? "%#.*e" : "%.*e", prec, v);
    break;
  case 'f':
    s = printf_double(alt ? "%#.*f" : "%.*f", prec, v);
    break;
  case 'g':
    if (add_dot_0)
      return render_g_dot0(v, prec == 0 ? 1 : prec, alt);
    s = printf_double(alt ? "%#.*g" : "%.*g", prec == 0 ? 1 : prec, v);
    break;
  default: // 'r'
    s = float_repr(v);
    if (!add_dot_0 && s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0)
      s.resize(s.size() - 2);
    if (alt && s.find('.') == std::string::npos) {
      size_t e = s.find('e');
      if (e == std::string::npos)
        s += '.';
      else
        s.insert(e, ".");
    }
    return s;
  }
  if (add_dot_0 && s.find_first_of(".e") == std::string::npos)
    s += ".0";
  return s;
}

struct FloatText {
  bool negative;
  std::string digits; // integer part
  std::string rest;   // fraction, exponent, suffix
};

// A precision whose digits cannot all be held in memory is MemoryError, as
// CPython's allocation of the result (snprintf would fail and return -1).
bool float_precision_fits(const FormatSpec& spec) {
  if (spec.precision <= kLargeWidth)
    return true;
  return alloc_size_ok(static_cast<size_t>(spec.precision) * 2 + 1024);
}

// Formats one float for format(): type already validated.
FloatText float_text(double v, const FormatSpec& spec, uint32_t type_in, bool add_dot_0_default) {
  FloatText ft;
  char type = char(type_in);
  int prec = spec.precision < 0 ? 6 : int(spec.precision);
  bool add_dot_0 = false;
  bool upper = false;
  std::string suffix;
  if (type == 0) {
    add_dot_0 = add_dot_0_default;
    type = spec.precision < 0 ? 'r' : 'g';
  }
  switch (type) {
  case 'E':
  case 'F':
  case 'G':
    upper = true;
    type = char(std::tolower(type));
    break;
  case 'n':
    type = 'g';
    break;
  case '%':
    type = 'f';
    v *= 100;
    suffix = "%";
    break;
  default:
    break;
  }
  // 'g' drops trailing zeros, and a double's exact decimal expansion has at
  // most 767 significant digits and an exponent below 309: any precision
  // beyond 1000 gives the same text as 1000 (without '#', which keeps them).
  if (type == 'g' && !spec.alternate && prec > 1000)
    prec = 1000;
  ft.negative = std::signbit(v) && !std::isnan(v);
  double a = std::fabs(v);
  std::string body;
  if (std::isinf(a))
    body = "inf";
  else if (std::isnan(a))
    body = "nan";
  else
    body = render_abs(a, type, prec, spec.alternate, add_dot_0);
  if (upper)
    for (char& c : body)
      c = char(std::toupper(static_cast<unsigned char>(c)));
  if (ft.negative && spec.no_neg_zero && std::isfinite(a) &&
      body.find_first_of("123456789") == std::string::npos) {
    // 'z': a result that rounds to zero loses its sign (the exponent digits
    // of "0e+00" are zeros too).
    ft.negative = false;
  }
  size_t split = body.find_first_not_of("0123456789");
  if (split == std::string::npos)
    split = body.size();
  ft.digits = body.substr(0, split);
  ft.rest = body.substr(split) + suffix;
  return ft;
}

bool float_type_ok(uint32_t t) {
  switch (t) {
  case 0:
  case 'e':
  case 'E':
  case 'f':
  case 'F':
  case 'g':
  case 'G':
  case 'n':
  case '%':
    return true;
  default:
    return false;
  }
}

} // namespace

Object* format_float(double value, const FormatSpec& spec, const char* type_name) {
  if (!check_grouping(spec, spec.type))
    return nullptr;
  if (!float_type_ok(spec.type))
    return unknown_code(spec.type, type_name);
  if (!float_precision_fits(spec))
    return nullptr;
  FloatText ft = float_text(value, spec, spec.type, true);
  std::string out = render_number(sign_text(ft.negative, spec.sign), "", ft.digits, ft.rest, spec, 3);
  return str_from_utf8(out);
}

Object* format_complex(double re, double im, const FormatSpec& spec) {
  if (!check_grouping(spec, spec.type))
    return nullptr;
  if (spec.type == '%' || !float_type_ok(spec.type))
    return unknown_code(spec.type, "complex");
  if (spec.zero_pad)
    return err_set_string(ValueError, "Zero padding is not allowed in complex format specifier");
  if (spec.align == '=')
    return err_set_string(ValueError, "'=' alignment flag is not allowed in complex format specifier");
  if (!float_precision_fits(spec))
    return nullptr;
  bool skip_re = false, parens = false;
  if (spec.type == 0) {
    skip_re = re == 0.0 && !std::signbit(re);
    parens = !skip_re;
  }
  FormatSpec part = spec;
  part.width = -1;
  std::string body;
  if (parens)
    body += '(';
  if (!skip_re) {
    FloatText r = float_text(re, part, spec.type, false);
    body += sign_text(r.negative, spec.sign);
    body += group_digits(r.digits, spec.grouping, 3, 0) + r.rest;
  }
  FloatText i = float_text(im, part, spec.type, false);
  if (skip_re)
    body += sign_text(i.negative, spec.sign);
  else
    body += i.negative ? "-" : "+";
  body += group_digits(i.digits, spec.grouping, 3, 0) + i.rest + "j";
  if (parens)
    body += ')';
  std::string out;
  format_spec_pad(out, body, ssize(body.size()), spec, '>');
  return str_from_utf8(out);
}

// ---------------------------------------------------------------- str

Object* format_str_utf8(std::string_view value, ssize len, const FormatSpec& spec) {
  uint32_t type = spec.type ? spec.type : 's';
  if (!check_grouping(spec, type))
    return nullptr;
  if (type != 's')
    return unknown_code(type, "str");
  if (spec.sign)
    return err_set_string(ValueError, "Sign not allowed in string format specifier");
  if (spec.no_neg_zero)
    return err_set_string(ValueError, "Negative zero coercion (z) not allowed in string format specifier");
  if (spec.alternate)
    return err_set_string(ValueError, "Alternate form (#) not allowed in string format specifier");
  if (spec.align == '=')
    return err_set_string(ValueError, "'=' alignment not allowed in string format specifier");
  std::string_view body = value;
  ssize body_len = len;
  if (spec.precision >= 0 && spec.precision < len) {
    // Cut after `precision` code points.
    size_t i = 0;
    for (ssize k = 0; k < spec.precision && i < value.size(); ++k) {
      ++i;
      while (i < value.size() && (static_cast<unsigned char>(value[i]) & 0xC0) == 0x80)
        ++i;
    }
    body = value.substr(0, i);
    body_len = spec.precision;
  }
  std::string out;
  format_spec_pad(out, body, body_len, spec, '<');
  return str_from_utf8(out);
}

} // namespace coil
