// complex: pairs of doubles with Python's arithmetic, repr, hash and
// constructor (numbers, strings such as "1+2j", __complex__).
//
// Invariants
// - Arithmetic slots accept complex, float and int operands and return
//   NotImplemented otherwise; results are exact complex objects.
// - repr omits a positive-zero real part ("1j") and otherwise prints
//   "(re+imj)", each part in the shortest repr without a trailing ".0".
#include <cerrno>
#include <cmath>

#include "runtime/errors.h"
#include "runtime/format_spec.h"
#include "runtime/hash.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int_internal.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type.h"
#include "runtime/runtime.h"

namespace coil {

Object* complex_from_doubles(double real, double imag) {
  ComplexObject* o = static_cast<ComplexObject*>(object_alloc(&ComplexType, sizeof(ComplexObject)));
  if (!o)
    return nullptr;
  o->real = real;
  o->imag = imag;
  return o;
}

namespace {

struct Cx {
  double re, im;
};

inline Cx cx_of(Object* o) {
  return {static_cast<ComplexObject*>(o)->real, static_cast<ComplexObject*>(o)->imag};
}

// complex, float or int -> 1; other -> 0; -1 on error.
int to_complex(Object* o, Cx* out) {
  if (complex_check(o)) {
    *out = cx_of(o);
    return 1;
  }
  double d;
  int r = number_to_double(o, &d);
  if (r <= 0)
    return r;
  *out = {d, 0.0};
  return 1;
}

#define CONVERT_BOTH(a, b, x, y)                                                                             \
  Cx x, y;                                                                                                   \
  {                                                                                                          \
    int ra = to_complex(a, &x);                                                                              \
    if (ra <= 0)                                                                                             \
      return ra < 0 ? nullptr : newref(NotImplemented);                                                      \
    int rb = to_complex(b, &y);                                                                              \
    if (rb <= 0)                                                                                             \
      return rb < 0 ? nullptr : newref(NotImplemented);                                                      \
  }

Object* make(Cx c) {
  return complex_from_doubles(c.re, c.im);
}

Cx cx_mul(Cx a, Cx b) {
  return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
}

// Smith's algorithm; *zero set when b == 0.
Cx cx_div(Cx a, Cx b, bool* zero) {
  *zero = false;
  double abr = std::fabs(b.re), abi = std::fabs(b.im);
  if (abr >= abi) {
    if (abr == 0.0) {
      *zero = true;
      return {0, 0};
    }
    double ratio = b.im / b.re;
    double denom = b.re + b.im * ratio;
    return {(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
  }
  if (abi >= abr) {
    double ratio = b.re / b.im;
    double denom = b.re * ratio + b.im;
    return {(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
  }
  return {NAN, NAN}; // NaN components
}

// a ** b; returns false with *err = 1 (ZeroDivisionError) / 2 (overflow).
Cx cx_pow(Cx a, Cx b, int* err) {
  *err = 0;
  if (b.re == 0.0 && b.im == 0.0)
    return {1.0, 0.0};
  if (a.re == 0.0 && a.im == 0.0) {
    if (b.im != 0.0 || b.re < 0.0)
      *err = 1;
    return {0.0, 0.0};
  }
  // Small integral real exponents: repeated squaring, as CPython.
  if (b.im == 0.0 && b.re == std::floor(b.re) && std::fabs(b.re) <= 100.0) {
    long n = long(b.re);
    unsigned long k = n < 0 ? (unsigned long)(-n) : (unsigned long)n;
    Cx r{1.0, 0.0}, x = a;
    for (unsigned long mask = 1; mask > 0 && mask <= k; mask <<= 1) {
      if (k & mask)
        r = cx_mul(r, x);
      x = cx_mul(x, x);
    }
    if (n < 0) {
      bool zero;
      r = cx_div({1.0, 0.0}, r, &zero);
      if (zero)
        *err = 1;
    }
    if (!*err && (std::isinf(r.re) || std::isinf(r.im)))
      *err = 2;
    return r;
  }
  double vabs = std::hypot(a.re, a.im);
  double len = std::pow(vabs, b.re);
  double at = std::atan2(a.im, a.re);
  double phase = at * b.re;
  if (b.im != 0.0) {
    len /= std::exp(at * b.im);
    phase += b.im * std::log(vabs);
  }
  Cx r{len * std::cos(phase), len * std::sin(phase)};
  // cos/sin of an infinite phase set errno to EDOM in C, which CPython
  // reports before any overflow.
  if (std::isinf(phase))
    *err = 1;
  else if (std::isinf(r.re) || std::isinf(r.im))
    *err = 2;
  return r;
}

Object* pow_result(Cx r, int err) {
  if (err == 1)
    return err_set_string(ZeroDivisionError, "0.0 to a negative or complex power");
  if (err == 2)
    return err_set_string(OverflowError, "complex exponentiation");
  return make(r);
}

void complex_dealloc(Object* o) {
  TypeObject* t = o->type;
  if (t->free_)
    t->free_(o);
  else
    object_free(o);
}

std::string part_repr(double v) {
  std::string s = float_repr(v);
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0)
    s.resize(s.size() - 2);
  return s;
}

Object* complex_repr(Object* o) {
  Cx c = cx_of(o);
  std::string out;
  if (c.re == 0.0 && !std::signbit(c.re)) {
    out = part_repr(c.im) + "j";
  } else {
    out = "(" + part_repr(c.re);
    std::string im = part_repr(std::fabs(c.im));
    if (std::isnan(c.im))
      im = "nan";
    out += (std::signbit(c.im) && !std::isnan(c.im)) ? "-" : "+";
    out += im + "j)";
  }
  return str_from_ascii(out);
}

hash_t complex_hash(Object* o) {
  Cx c = cx_of(o);
  hash_t hr = std::isnan(c.re) ? object_generic_hash(o) : hash_double(c.re);
  hash_t hi = std::isnan(c.im) ? object_generic_hash(o) : hash_double(c.im);
  uint64_t combined = uint64_t(hr) + HASH_IMAG * uint64_t(hi);
  return hash_fix(combined);
}

Object* complex_richcompare(Object* a, Object* b, int op) {
  if (op != CMP_EQ && op != CMP_NE)
    return newref(NotImplemented);
  if (!complex_check(a))
    return newref(NotImplemented);
  Cx x = cx_of(a);
  bool eq;
  if (int_check(b) || float_check(b)) {
    if (x.im != 0.0) {
      eq = false;
    } else {
      Object* re = float_from_double(x.re);
      if (!re)
        return nullptr;
      int r = object_richcompare_bool(re, b, CMP_EQ);
      decref(re);
      if (r < 0)
        return nullptr;
      eq = r != 0;
    }
  } else if (complex_check(b)) {
    Cx y = cx_of(b);
    eq = x.re == y.re && x.im == y.im;
  } else {
    return newref(NotImplemented);
  }
  return bool_from(op == CMP_EQ ? eq : !eq);
}

Object* complex_add(Object* a, Object* b) {
  CONVERT_BOTH(a, b, x, y);
  return make({x.re + y.re, x.im + y.im});
}
Object* complex_sub(Object* a, Object* b) {
  CONVERT_BOTH(a, b, x, y);
  return make({x.re - y.re, x.im - y.im});
}
Object* complex_mul(Object* a, Object* b) {
  CONVERT_BOTH(a, b, x, y);
  return make(cx_mul(x, y));
}
Object* complex_div(Object* a, Object* b) {
  CONVERT_BOTH(a, b, x, y);
  bool zero;
  Cx r = cx_div(x, y, &zero);
  if (zero)
    return err_set_string(ZeroDivisionError, "complex division by zero");
  return make(r);
}
Object* complex_pow(Object* a, Object* b, Object* m) {
  CONVERT_BOTH(a, b, x, y);
  if (m != None)
    return err_set_string(ValueError, "complex modulo");
  int err;
  Cx r = cx_pow(x, y, &err);
  return pow_result(r, err);
}
Object* complex_neg(Object* a) {
  Cx c = cx_of(a);
  return make({-c.re, -c.im});
}
Object* complex_pos(Object* a) {
  if (is_type(a, &ComplexType))
    return newref(a);
  return make(cx_of(a));
}
Object* complex_abs(Object* a) {
  Cx c = cx_of(a);
  double r = std::hypot(c.re, c.im);
  if (std::isinf(r) && std::isfinite(c.re) && std::isfinite(c.im))
    return err_set_string(OverflowError, "absolute value too large");
  return float_from_double(r);
}
int complex_bool(Object* a) {
  Cx c = cx_of(a);
  return c.re != 0.0 || c.im != 0.0;
}

// ---------------------------------------------------------------- construction

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// Longest prefix of s (from i) that looks like a float: digits, '.', '_',
// exponent, or inf/nan words. Returns the end index.
size_t float_token_end(std::string_view s, size_t i) {
  auto starts_ci = [&](size_t at, std::string_view w) {
    if (s.size() - at < w.size())
      return false;
    for (size_t k = 0; k < w.size(); ++k)
      if (std::tolower(static_cast<unsigned char>(s[at + k])) != w[k])
        return false;
    return true;
  };
  if (starts_ci(i, "infinity"))
    return i + 8;
  if (starts_ci(i, "inf") || starts_ci(i, "nan"))
    return i + 3;
  size_t j = i;
  while (j < s.size() && (std::isdigit(static_cast<unsigned char>(s[j])) || s[j] == '.' || s[j] == '_'))
    ++j;
  if (j > i && j < s.size() && (s[j] == 'e' || s[j] == 'E')) {
    size_t k = j + 1;
    if (k < s.size() && (s[k] == '+' || s[k] == '-'))
      ++k;
    if (k < s.size() && std::isdigit(static_cast<unsigned char>(s[k]))) {
      while (k < s.size() && (std::isdigit(static_cast<unsigned char>(s[k])) || s[k] == '_'))
        ++k;
      j = k;
    }
  }
  return j;
}

bool parse_part(std::string_view text, double* out) {
  Object* f = float_parse(text, nullptr);
  if (!f) {
    err_clear();
    return false;
  }
  *out = float_value(f);
  decref(f);
  return true;
}

Object* complex_from_text(std::string_view s, Object* orig) {
  auto malformed = [] { return err_set_string(ValueError, "complex() arg is a malformed string"); };
  size_t b = 0, e = s.size();
  while (b < e && is_space(s[b]))
    ++b;
  while (e > b && is_space(s[e - 1]))
    --e;
  if (b < e && s[b] == '(') {
    if (s[e - 1] != ')')
      return malformed();
    ++b;
    --e;
    while (b < e && is_space(s[b]))
      ++b;
    while (e > b && is_space(s[e - 1]))
      --e;
  }
  std::string_view t = s.substr(b, e - b);
  if (t.empty())
    return malformed();
  // First number (with sign).
  size_t i = 0;
  if (t[i] == '+' || t[i] == '-')
    ++i;
  size_t end1 = float_token_end(t, i);
  double re = 0.0, im = 0.0;
  if (end1 == t.size()) { // a real number alone
    if (end1 == i || !parse_part(t, &re))
      return malformed();
    return complex_from_doubles(re, 0.0);
  }
  if ((t[end1] == 'j' || t[end1] == 'J') && end1 + 1 == t.size()) { // pure imaginary
    std::string_view num = t.substr(0, end1);
    if (end1 == i)
      im = (i == 1 && t[0] == '-') ? -1.0 : 1.0;
    else if (!parse_part(num, &im))
      return malformed();
    return complex_from_doubles(0.0, im);
  }
  if (t[end1] != '+' && t[end1] != '-')
    return malformed();
  if (end1 == i || !parse_part(t.substr(0, end1), &re))
    return malformed();
  size_t k = end1 + 1;
  size_t end2 = float_token_end(t, k);
  if (end2 + 1 != t.size() || (t[end2] != 'j' && t[end2] != 'J'))
    return malformed();
  if (end2 == k)
    im = 1.0;
  else if (!parse_part(t.substr(k, end2 - k), &im))
    return malformed();
  if (t[end1] == '-')
    im = -im;
  (void)orig;
  return complex_from_doubles(re, im);
}

// __complex__ result, or nullptr without an exception when absent.
Object* try_dunder_complex(Object* o, bool* error) {
  *error = false;
  bool found = false;
  Object* r = object_call_special(o, str_static("__complex__"), nullptr, 0, &found);
  if (!found)
    return nullptr;
  if (!r) {
    *error = true;
    return nullptr;
  }
  if (!complex_check(r)) {
    err_format(TypeError, "__complex__ returned non-complex (type {})", type_name_of(r));
    decref(r);
    *error = true;
    return nullptr;
  }
  return r;
}

Object* complex_new(TypeObject* type, Object* args, Object* kwargs) {
  static const char* const names[] = {"real", "imag"};
  Object* v[2];
  if (!parse_tuple_args(ArgSpec{"complex", names, 2, 2, 0}, args, kwargs, v))
    return nullptr;
  Object *real = v[0], *imag = v[1];
  Object* result = nullptr;
  if (real && str_check(real)) {
    if (imag)
      return err_set_string(TypeError, "complex() can't take second arg if first is a string");
    std::string text = number_text_from_str(real);
    result = complex_from_text(text, real);
  } else if (imag && str_check(imag)) {
    return err_set_string(TypeError, "complex() second arg can't be a string");
  } else {
    Cx r{0.0, 0.0}, i{0.0, 0.0};
    bool r_is_complex = false, i_is_complex = false;
    if (real) {
      bool error;
      Object* c = try_dunder_complex(real, &error);
      if (error)
        return nullptr;
      if (c) {
        r = cx_of(c);
        decref(c);
        r_is_complex = true;
      } else if (complex_check(real)) {
        r = cx_of(real);
        r_is_complex = true;
      } else {
        NumberMethods* nb = real->type->as_number;
        if (!nb || (!nb->float_ && !nb->index))
          return err_format(TypeError, "complex() first argument must be a string or a number, not '{}'",
                            type_name_of(real));
        double d = float_as_double(real);
        if (d == -1.0 && err_occurred())
          return nullptr;
        r = {d, 0.0};
      }
    }
    if (imag) {
      if (complex_check(imag)) {
        i = cx_of(imag);
        i_is_complex = true;
      } else {
        NumberMethods* nb = imag->type->as_number;
        if (!nb || (!nb->float_ && !nb->index))
          return err_format(TypeError, "complex() second argument must be a number, not '{}'",
                            type_name_of(imag));
        double d = float_as_double(imag);
        if (d == -1.0 && err_occurred())
          return nullptr;
        i = {d, 0.0};
      }
    }
    // real + imag*1j, keeping signed zeros where CPython does.
    double re = r.re, im = r_is_complex ? r.im : 0.0;
    if (imag) {
      if (i_is_complex)
        re -= i.im;
      im = r_is_complex ? im + i.re : i.re;
    }
    result = complex_from_doubles(re, im);
  }
  if (!result || type == &ComplexType)
    return result;
  ComplexObject* sub = static_cast<ComplexObject*>(type_generic_alloc(type, 0));
  if (sub) {
    sub->real = static_cast<ComplexObject*>(result)->real;
    sub->imag = static_cast<ComplexObject*>(result)->imag;
  }
  decref(result);
  return sub;
}

// ---------------------------------------------------------------- methods

Object* complex_conjugate(Object* self, Object*) {
  Cx c = cx_of(self);
  return make({c.re, -c.im});
}
Object* complex_complex(Object* self, Object*) {
  return complex_pos(self);
}
Object* complex_getnewargs(Object* self, Object*) {
  Cx c = cx_of(self);
  Object* re = float_from_double(c.re);
  Object* im = re ? float_from_double(c.im) : nullptr;
  if (!im) {
    xdecref(re);
    return nullptr;
  }
  Object* t = tuple_pack({re, im});
  decref(re);
  decref(im);
  return t;
}
Object* complex_format_m(Object* self, Object* spec) {
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
  Cx c = cx_of(self);
  return format_complex(c.re, c.im, fs);
}

MethodDef complex_methods[] = {
    {"conjugate", complex_conjugate, METH_NOARGS,
     "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."},
    {"__complex__", complex_complex, METH_NOARGS, "Convert this value to exact type complex."},
    {"__getnewargs__", complex_getnewargs, METH_NOARGS, nullptr},
    {"__format__", complex_format_m, METH_O, "Convert to a string according to format_spec."},
    {nullptr, nullptr, 0, nullptr},
};

MemberDef complex_members[] = {
    {"real", MEMBER_DOUBLE, offsetof(ComplexObject, real), MEMBER_READONLY,
     "the real part of a complex number"},
    {"imag", MEMBER_DOUBLE, offsetof(ComplexObject, imag), MEMBER_READONLY,
     "the imaginary part of a complex number"},
    {nullptr, 0, 0, 0, nullptr},
};

NumberMethods complex_as_number = {
    .add = complex_add,
    .subtract = complex_sub,
    .multiply = complex_mul,
    .power = complex_pow,
    .negative = complex_neg,
    .positive = complex_pos,
    .absolute = complex_abs,
    .bool_ = complex_bool,
    .true_divide = complex_div,
};

} // namespace

Object* complex_pow_values(double ar, double ai, double br, double bi) {
  int err;
  Cx r = cx_pow({ar, ai}, {br, bi}, &err);
  return pow_result(r, err);
}

TypeObject ComplexType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "complex";
  t.basicsize = sizeof(ComplexObject);
  t.itemsize = 0;
  t.dealloc = complex_dealloc;
  t.repr = complex_repr;
  t.as_number = &complex_as_number;
  t.hash = complex_hash;
  t.flags = TPFLAG_BASETYPE | TPFLAG_IMMUTABLETYPE;
  t.doc = "Create a complex number from a real part and an optional imaginary part.";
  t.richcompare = complex_richcompare;
  t.methods = complex_methods;
  t.members = complex_members;
  t.new_ = complex_new;
  return t;
}();
COIL_REGISTER_TYPE(ComplexType);

} // namespace coil
