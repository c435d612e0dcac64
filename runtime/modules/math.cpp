// The math module: the real-valued functions, rounding to ints, logarithms
// (exact for huge ints), pow, frexp/ldexp/modf, isclose, nextafter/ulp and
// the constants. Special functions live in math_special.cpp, integer
// functions in math_integer.cpp.
//
// Invariants
// - Results and errors follow CPython 3.11: a NaN result from a non-NaN
//   argument is "math domain error" (ValueError); an infinite result from
//   a finite argument is "math range error" (OverflowError) for functions
//   that can overflow, "math domain error" otherwise; errno from libm is
//   consulted the same way (ERANGE with |result| < 1.5 is an underflow and
//   not an error).
// - Arguments are converted with float_as_double (float subclasses by
//   value, then __float__, then __index__), so messages match
//   PyFloat_AsDouble ("must be real number, not str").
#include <cerrno>
#include <cfloat>
#include <climits>
#include <cmath>

#include "runtime/modules/math_internal.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/int_internal.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/runtime.h"

namespace coil {
namespace math_impl {

std::nullptr_t domain_error() {
  return err_set_string(ValueError, "math domain error");
}
std::nullptr_t range_error() {
  return err_set_string(OverflowError, "math range error");
}

bool arg_as_double(Object* o, double* out) {
  if (float_check(o)) {
    *out = float_value(o);
    return true;
  }
  double d = float_as_double(o);
  if (d == -1.0 && err_occurred())
    return false;
  *out = d;
  return true;
}

// Raises the error errno describes for result r; returns true when it is
// an error (false for an underflow, which CPython ignores).
static bool is_error(double r) {
  if (errno == EDOM) {
    domain_error();
    return true;
  }
  if (errno == ERANGE) {
    if (std::fabs(r) < 1.5)
      return false;
    range_error();
    return true;
  }
  err_set_string(ValueError, "unexpected math error");
  return true;
}

bool parse_clinic(const char* fname, Object* const* args, ssize nargs, Object* kwnames,
                  const char* const* names, int nparams, int npos, int nposonly, int required, Object** out) {
  for (int i = 0; i < nparams; i++)
    out[i] = nullptr;
  int minpos = required < npos ? required : npos;
  ssize nkw_total = kwnames ? tuple_size(kwnames) : 0;
  if (nargs + nkw_total > nparams) {
    // _PyArg_UnpackKeywords checks the total count first.
    err_format(TypeError, "{}() takes at most {} {}argument{} ({} given)", fname, nparams,
               nargs == 0 ? "keyword " : "", nparams == 1 ? "" : "s", nargs + nkw_total);
    return false;
  }
  if (nargs > npos) {
    if (npos == minpos)
      err_format(TypeError, "{}() takes exactly {} positional argument{} ({} given)", fname, npos,
                 npos == 1 ? "" : "s", nargs);
    else
      err_format(TypeError, "{}() takes at most {} positional argument{} ({} given)", fname, npos,
                 npos == 1 ? "" : "s", nargs);
    return false;
  }
  if (nargs < nposonly && nargs < required) {
    int need = required < nposonly ? required : nposonly;
    err_format(TypeError, "{}() takes {} {} positional argument{} ({} given)", fname,
               need == npos ? "exactly" : "at least", need, need == 1 ? "" : "s", nargs);
    return false;
  }
  for (ssize i = 0; i < nargs; i++)
    out[i] = args[i];
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  for (ssize k = 0; k < nkw; k++) {
    Object* key = tuple_get(kwnames, k);
    int idx = -1;
    for (int i = nposonly; i < nparams; i++)
      if (str_equal_ascii(key, names[i])) {
        idx = i;
        break;
      }
    if (idx < 0) {
      err_format(TypeError, "'{}' is an invalid keyword argument for {}()", str_to_std(key), fname);
      return false;
    }
    if (out[idx]) {
      err_format(TypeError, "argument for {}() given by name ('{}') and position ({})", fname, names[idx],
                 idx + 1);
      return false;
    }
    out[idx] = args[nargs + k];
  }
  for (int i = 0; i < required; i++)
    if (!out[i]) {
      err_format(TypeError, "{}() missing required argument '{}' (pos {})", fname, names[i], i + 1);
      return false;
    }
  return true;
}

} // namespace math_impl

using namespace math_impl;

namespace {

// ---------------------------------------------------------------- one-argument float functions

Object* math_1(Object* arg, double (*fn)(double), bool can_overflow) {
  double x;
  if (!arg_as_double(arg, &x))
    return nullptr;
  errno = 0;
  double r = fn(x);
  if (std::isnan(r) && !std::isnan(x))
    return domain_error();
  if (std::isinf(r) && std::isfinite(x))
    return can_overflow ? range_error() : domain_error();
  if (std::isfinite(r) && errno && is_error(r))
    return nullptr;
  return float_from_double(r);
}

double c_acos(double x) {
  return std::acos(x);
}
double c_acosh(double x) {
  return std::acosh(x);
}
double c_asin(double x) {
  return std::asin(x);
}
double c_asinh(double x) {
  return std::asinh(x);
}
double c_atan(double x) {
  return std::atan(x);
}
double c_atanh(double x) {
  return std::atanh(x);
}
double c_cbrt(double x) {
  return std::cbrt(x);
}
double c_cos(double x) {
  return std::cos(x);
}
double c_cosh(double x) {
  return std::cosh(x);
}
double c_erf(double x) {
  return std::erf(x);
}
double c_erfc(double x) {
  return std::erfc(x);
}
double c_exp(double x) {
  return std::exp(x);
}
double c_exp2(double x) {
  return std::exp2(x);
}
double c_expm1(double x) {
  return std::expm1(x);
}
double c_fabs(double x) {
  return std::fabs(x);
}
double c_log1p(double x) {
  return std::log1p(x);
}
double c_sin(double x) {
  return std::sin(x);
}
double c_sinh(double x) {
  return std::sinh(x);
}
double c_sqrt(double x) {
  return std::sqrt(x);
}
double c_tan(double x) {
  return std::tan(x);
}
double c_tanh(double x) {
  return std::tanh(x);
}
double c_log(double x) {
  return std::log(x);
}
double c_log2(double x) {
  return std::log2(x);
}
double c_log10(double x) {
  return std::log10(x);
}

#define MATH_FUNC1(NAME, FN, OVF)                                                                            \
  Object* math_##NAME(Object*, Object* arg) {                                                                \
    return math_1(arg, FN, OVF);                                                                             \
  }
MATH_FUNC1(acos, c_acos, false)
MATH_FUNC1(acosh, c_acosh, false)
MATH_FUNC1(asin, c_asin, false)
MATH_FUNC1(asinh, c_asinh, false)
MATH_FUNC1(atan, c_atan, false)
MATH_FUNC1(atanh, c_atanh, false)
MATH_FUNC1(cbrt, c_cbrt, false)
MATH_FUNC1(cos, c_cos, false)
MATH_FUNC1(cosh, c_cosh, true)
MATH_FUNC1(erf, c_erf, false)
MATH_FUNC1(erfc, c_erfc, false)
MATH_FUNC1(exp, c_exp, true)
MATH_FUNC1(exp2, c_exp2, true)
MATH_FUNC1(expm1, c_expm1, true)
MATH_FUNC1(fabs, c_fabs, false)
MATH_FUNC1(log1p, c_log1p, false)
MATH_FUNC1(sin, c_sin, false)
MATH_FUNC1(sinh, c_sinh, true)
MATH_FUNC1(sqrt, c_sqrt, false)
MATH_FUNC1(tan, c_tan, false)
MATH_FUNC1(tanh, c_tanh, false)
#undef MATH_FUNC1

// ---------------------------------------------------------------- two-argument float functions

bool two_doubles(const char* name, Object* const* args, ssize nargs, double* x, double* y) {
  if (!check_positional(name, nargs, 2, 2))
    return false;
  return arg_as_double(args[0], x) && arg_as_double(args[1], y);
}

Object* math_2(const char* name, Object* const* args, ssize nargs, double (*fn)(double, double)) {
  double x, y;
  if (!two_doubles(name, args, nargs, &x, &y))
    return nullptr;
  errno = 0;
  double r = fn(x, y);
  if (std::isnan(r))
    errno = (!std::isnan(x) && !std::isnan(y)) ? EDOM : 0;
  else if (std::isinf(r))
    errno = (std::isfinite(x) && std::isfinite(y)) ? ERANGE : 0;
  if (errno && is_error(r))
    return nullptr;
  return float_from_double(r);
}

double c_atan2(double y, double x) {
  return std::atan2(y, x);
}
double c_copysign(double x, double y) {
  return std::copysign(x, y);
}
double c_remainder(double x, double y) {
  return std::remainder(x, y);
}

Object* math_atan2(Object*, Object* const* args, ssize nargs) {
  return math_2("atan2", args, nargs, c_atan2);
}
Object* math_copysign(Object*, Object* const* args, ssize nargs) {
  return math_2("copysign", args, nargs, c_copysign);
}
Object* math_remainder(Object*, Object* const* args, ssize nargs) {
  return math_2("remainder", args, nargs, c_remainder);
}

Object* math_fmod(Object*, Object* const* args, ssize nargs) {
  double x, y;
  if (!two_doubles("fmod", args, nargs, &x, &y))
    return nullptr;
  // fmod(x, +/-inf) is x for finite x.
  if (std::isinf(y) && std::isfinite(x))
    return float_from_double(x);
  errno = 0;
  double r = std::fmod(x, y);
  if (std::isnan(r))
    errno = (!std::isnan(x) && !std::isnan(y)) ? EDOM : 0;
  if (errno && is_error(r))
    return nullptr;
  return float_from_double(r);
}

Object* math_pow(Object*, Object* const* args, ssize nargs) {
  double x, y, r;
  if (!two_doubles("pow", args, nargs, &x, &y))
    return nullptr;
  if (!std::isfinite(x) || !std::isfinite(y)) {
    errno = 0;
    if (std::isnan(x)) {
      r = y == 0.0 ? 1.0 : x;
    } else if (std::isnan(y)) {
      r = x == 1.0 ? 1.0 : y;
    } else if (std::isinf(x)) {
      bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      if (y > 0.)
        r = odd_y ? x : std::fabs(x);
      else if (y == 0.)
        r = 1.;
      else
        r = odd_y ? std::copysign(0., x) : 0.;
    } else { // y is infinite, x finite
      if (std::fabs(x) == 1.0)
        r = 1.;
      else if (y > 0. && std::fabs(x) > 1.0)
        r = y;
      else if (y < 0. && std::fabs(x) < 1.0)
        r = -y;
      else
        r = 0.;
    }
  } else {
    errno = 0;
    r = std::pow(x, y);
    if (!std::isfinite(r)) {
      if (std::isnan(r))
        errno = EDOM;
      else if (x == 0.)
        errno = EDOM; // 0 ** negative
      else
        errno = ERANGE;
    }
  }
  if (errno && is_error(r))
    return nullptr;
  return float_from_double(r);
}

Object* math_nextafter(Object*, Object* const* args, ssize nargs) {
  double x, y;
  if (!two_doubles("nextafter", args, nargs, &x, &y))
    return nullptr;
  return float_from_double(std::nextafter(x, y));
}

Object* math_ulp(Object*, Object* arg) {
  double x;
  if (!arg_as_double(arg, &x))
    return nullptr;
  if (std::isnan(x))
    return float_from_double(x);
  x = std::fabs(x);
  if (std::isinf(x))
    return float_from_double(x);
  double up = std::nextafter(x, INFINITY);
  if (std::isinf(up)) {
    double down = std::nextafter(x, -INFINITY);
    return float_from_double(x - down);
  }
  return float_from_double(up - x);
}

// ---------------------------------------------------------------- rounding to int

Object* round_to_int(Object* number, const char* dunder, double (*fn)(double)) {
  if (!float_check_exact(number)) {
    bool found = false;
    Object* r = object_call_special(number, str_static(dunder), nullptr, 0, &found);
    if (found || r)
      return r;
    if (err_occurred())
      return nullptr;
  }
  double x;
  if (!arg_as_double(number, &x))
    return nullptr;
  return int_from_double(fn(x));
}

double c_floor(double x) {
  return std::floor(x);
}
double c_ceil(double x) {
  return std::ceil(x);
}

Object* math_floor(Object*, Object* arg) {
  return round_to_int(arg, "__floor__", c_floor);
}
Object* math_ceil(Object*, Object* arg) {
  return round_to_int(arg, "__ceil__", c_ceil);
}

Object* math_trunc(Object*, Object* arg) {
  if (float_check_exact(arg))
    return int_from_double(std::trunc(float_value(arg)));
  bool found = false;
  Object* r = object_call_special(arg, str_static("__trunc__"), nullptr, 0, &found);
  if (found || r)
    return r;
  if (err_occurred())
    return nullptr;
  return err_format(TypeError, "type {} doesn't define __trunc__ method", type_name_of(arg));
}

// ---------------------------------------------------------------- decomposition

Object* math_frexp(Object*, Object* arg) {
  double x;
  if (!arg_as_double(arg, &x))
    return nullptr;
  int e = 0;
  double m = x;
  if (!std::isnan(x) && !std::isinf(x) && x != 0.0)
    m = std::frexp(x, &e);
  Object* mo = float_from_double(m);
  if (!mo)
    return nullptr;
  Object* eo = int_from_i64(e);
  if (!eo) {
    decref(mo);
    return nullptr;
  }
  Object* t = tuple_pack({mo, eo});
  decref(mo);
  decref(eo);
  return t;
}

Object* math_ldexp(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("ldexp", nargs, 2, 2))
    return nullptr;
  double x;
  if (!arg_as_double(args[0], &x))
    return nullptr;
  if (!int_check(args[1]))
    return err_set_string(TypeError, "Expected an int as second argument to ldexp.");
  bool overflow = false;
  int64_t e = int_as_i64(args[1], &overflow);
  if (overflow)
    e = int_sign(args[1]) < 0 ? INT64_MIN : INT64_MAX;
  double r;
  if (x == 0. || !std::isfinite(x)) {
    r = x;
    errno = 0;
  } else if (e > INT_MAX) {
    r = std::copysign(INFINITY, x);
    errno = ERANGE;
  } else if (e < INT_MIN) {
    r = std::copysign(0., x);
    errno = 0;
  } else {
    errno = 0;
    r = std::ldexp(x, static_cast<int>(e));
    if (std::isinf(r))
      errno = ERANGE;
  }
  if (errno && is_error(r))
    return nullptr;
  return float_from_double(r);
}

Object* pair_of_doubles(double a, double b) {
  Object* ao = float_from_double(a);
  Object* bo = float_from_double(b);
  if (!ao || !bo) {
    xdecref(ao);
    xdecref(bo);
    return nullptr;
  }
  Object* t = tuple_pack({ao, bo});
  decref(ao);
  decref(bo);
  return t;
}

Object* math_modf(Object*, Object* arg) {
  double x;
  if (!arg_as_double(arg, &x))
    return nullptr;
  if (std::isinf(x))
    return pair_of_doubles(std::copysign(0., x), x);
  if (std::isnan(x))
    return pair_of_doubles(x, x);
  double ip;
  double fp = std::modf(x, &ip);
  return pair_of_doubles(fp, ip);
}

// ---------------------------------------------------------------- logarithms

// x = m * 2**e with m in [0.5, 1) correctly rounded to 53 bits, for a
// positive int too large for a double.
double big_int_frexp(Object* v, int64_t* e) {
  uint64_t n = int_bit_length(v);
  MpzView a(v);
  mpz_t q, r;
  mpz_init(q);
  mpz_init(r);
  uint64_t shift = n - DBL_MANT_DIG;
  mpz_fdiv_q_2exp(q, a, shift);
  mpz_fdiv_r_2exp(r, a, shift);
  // Round half to even on the discarded bits.
  int cmp_half;
  if (mpz_sgn(r) == 0) {
    cmp_half = -1;
  } else {
    uint64_t rbits = mpz_sizeinbase(r, 2);
    if (rbits < shift)
      cmp_half = -1;
    else
      cmp_half = mpz_scan1(r, 0) == shift - 1 ? 0 : 1; // r >= 2**(shift-1); equal iff only that bit set
  }
  if (cmp_half > 0 || (cmp_half == 0 && mpz_odd_p(q)))
    mpz_add_ui(q, q, 1);
  double m = mpz_get_d(q); // exact: at most 2**53
  mpz_clear(q);
  mpz_clear(r);
  m = std::ldexp(m, -DBL_MANT_DIG);
  *e = static_cast<int64_t>(n);
  if (m == 1.0) {
    m = 0.5;
    *e += 1;
  }
  return m;
}

Object* loghelper(Object* arg, double (*fn)(double)) {
  if (int_check(arg)) {
    if (int_sign(arg) <= 0)
      return domain_error();
    double x = int_as_double(arg);
    if (x == -1.0 && err_occurred()) {
      if (!err_matches(OverflowError))
        return nullptr;
      err_clear();
      int64_t e;
      double m = big_int_frexp(arg, &e);
      return float_from_double(fn(m) + fn(2.0) * static_cast<double>(e));
    }
    return float_from_double(fn(x));
  }
  return math_1(arg, fn, false);
}

Object* math_log(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (kwnames && tuple_size(kwnames) > 0)
    return err_set_string(TypeError, "log() takes no keyword arguments");
  if (nargs < 1 || nargs > 2)
    return err_set_string(TypeError, "math.log requires 1 to 2 arguments");
  Object* num = loghelper(args[0], c_log);
  if (!num || nargs == 1)
    return num;
  Object* den = loghelper(args[1], c_log);
  if (!den) {
    decref(num);
    return nullptr;
  }
  Object* r = binary_op(num, den, NB_TRUE_DIVIDE);
  decref(num);
  decref(den);
  return r;
}
Object* math_log2(Object*, Object* arg) {
  return loghelper(arg, c_log2);
}
Object* math_log10(Object*, Object* arg) {
  return loghelper(arg, c_log10);
}

// ---------------------------------------------------------------- predicates and conversions

Object* math_isfinite(Object*, Object* arg) {
  double x;
  if (!arg_as_double(arg, &x))
    return nullptr;
  return bool_from(std::isfinite(x));
}
Object* math_isinf(Object*, Object* arg) {
  double x;
  if (!arg_as_double(arg, &x))
    return nullptr;
  return bool_from(std::isinf(x));
}
Object* math_isnan(Object*, Object* arg) {
  double x;
  if (!arg_as_double(arg, &x))
    return nullptr;
  return bool_from(std::isnan(x));
}

Object* math_isclose(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const names[] = {"a", "b", "rel_tol", "abs_tol"};
  Object* out[4];
  if (!parse_clinic("isclose", args, nargs, kwnames, names, 4, 2, 0, 2, out))
    return nullptr;
  double a, b, rel_tol = 1e-9, abs_tol = 0.0;
  if (!arg_as_double(out[0], &a) || !arg_as_double(out[1], &b))
    return nullptr;
  if (out[2] && !arg_as_double(out[2], &rel_tol))
    return nullptr;
  if (out[3] && !arg_as_double(out[3], &abs_tol))
    return nullptr;
  if (rel_tol < 0.0 || abs_tol < 0.0)
    return err_set_string(ValueError, "tolerances must be non-negative");
  if (a == b)
    return bool_from(true);
  if (std::isinf(a) || std::isinf(b))
    return bool_from(false);
  double diff = std::fabs(b - a);
  return bool_from((diff <= std::fabs(rel_tol * b)) || (diff <= std::fabs(rel_tol * a)) || diff <= abs_tol);
}

constexpr double PI = 3.141592653589793238462643383279502884197;
constexpr double DEG_TO_RAD = PI / 180.0;
constexpr double RAD_TO_DEG = 180.0 / PI;

Object* math_degrees(Object*, Object* arg) {
  double x;
  if (!arg_as_double(arg, &x))
    return nullptr;
  return float_from_double(x * RAD_TO_DEG);
}
Object* math_radians(Object*, Object* arg) {
  double x;
  if (!arg_as_double(arg, &x))
    return nullptr;
  return float_from_double(x * DEG_TO_RAD);
}

#define FN(f) reinterpret_cast<MethodFn>(f)
MethodDef math_functions[] = {
    {"acos", math_acos, METH_O, "Return the arc cosine (measured in radians) of x."},
    {"acosh", math_acosh, METH_O, "Return the inverse hyperbolic cosine of x."},
    {"asin", math_asin, METH_O, "Return the arc sine (measured in radians) of x."},
    {"asinh", math_asinh, METH_O, "Return the inverse hyperbolic sine of x."},
    {"atan", math_atan, METH_O, "Return the arc tangent (measured in radians) of x."},
    {"atan2", FN(math_atan2), METH_FASTCALL, "Return the arc tangent (measured in radians) of y/x."},
    {"atanh", math_atanh, METH_O, "Return the inverse hyperbolic tangent of x."},
    {"cbrt", math_cbrt, METH_O, "Return the cube root of x."},
    {"ceil", math_ceil, METH_O, "Return the ceiling of x as an Integral."},
    {"copysign", FN(math_copysign), METH_FASTCALL,
     "Return a float with the magnitude of x but the sign of y."},
    {"cos", math_cos, METH_O, "Return the cosine of x (measured in radians)."},
    {"cosh", math_cosh, METH_O, "Return the hyperbolic cosine of x."},
    {"degrees", math_degrees, METH_O, "Convert angle x from radians to degrees."},
    {"erf", math_erf, METH_O, "Error function at x."},
    {"erfc", math_erfc, METH_O, "Complementary error function at x."},
    {"exp", math_exp, METH_O, "Return e raised to the power of x."},
    {"exp2", math_exp2, METH_O, "Return 2 raised to the power of x."},
    {"expm1", math_expm1, METH_O, "Return exp(x)-1."},
    {"fabs", math_fabs, METH_O, "Return the absolute value of the float x."},
    {"floor", math_floor, METH_O, "Return the floor of x as an Integral."},
    {"fmod", FN(math_fmod), METH_FASTCALL, "Return fmod(x, y), according to platform C."},
    {"frexp", math_frexp, METH_O, "Return the mantissa and exponent of x, as pair (m, e)."},
    {"isclose", FN(math_isclose), METH_FASTCALL | METH_KEYWORDS,
     "Determine whether two floating point numbers are close in value."},
    {"isfinite", math_isfinite, METH_O,
     "Return True if x is neither an infinity nor a NaN, and False otherwise."},
    {"isinf", math_isinf, METH_O,
     "Return True if x is a positive or negative infinity, and False otherwise."},
    {"isnan", math_isnan, METH_O, "Return True if x is a NaN (not a number), and False otherwise."},
    {"ldexp", FN(math_ldexp), METH_FASTCALL, "Return x * (2**i)."},
    {"log", FN(math_log), METH_FASTCALL | METH_KEYWORDS,
     "log(x, [base=math.e])\nReturn the logarithm of x to the given base."},
    {"log10", math_log10, METH_O, "Return the base 10 logarithm of x."},
    {"log1p", math_log1p, METH_O, "Return the natural logarithm of 1+x (base e)."},
    {"log2", math_log2, METH_O, "Return the base 2 logarithm of x."},
    {"modf", math_modf, METH_O, "Return the fractional and integer parts of x."},
    {"nextafter", FN(math_nextafter), METH_FASTCALL,
     "Return the next floating-point value after x towards y."},
    {"pow", FN(math_pow), METH_FASTCALL, "Return x**y (x to the power of y)."},
    {"radians", math_radians, METH_O, "Convert angle x from degrees to radians."},
    {"remainder", FN(math_remainder), METH_FASTCALL,
     "Difference between x and the closest integer multiple of y."},
    {"sin", math_sin, METH_O, "Return the sine of x (measured in radians)."},
    {"sinh", math_sinh, METH_O, "Return the hyperbolic sine of x."},
    {"sqrt", math_sqrt, METH_O, "Return the square root of x."},
    {"tan", math_tan, METH_O, "Return the tangent of x (measured in radians)."},
    {"tanh", math_tanh, METH_O, "Return the hyperbolic tangent of x."},
    {"trunc", math_trunc, METH_O, "Truncates the Real x to the nearest Integral toward 0."},
    {"ulp", math_ulp, METH_O, "Return the value of the least significant bit of the float x."},
    {nullptr, nullptr, 0, nullptr},
};
#undef FN

int add_float(Object* m, const char* name, double v) {
  Object* f = float_from_double(v);
  if (!f)
    return -1;
  int r = module_add_object(m, name, f);
  decref(f);
  return r;
}

Object* math_module_init() {
  Object* m = module_new_str("math");
  if (!m)
    return nullptr;
  Object* doc = str_from_utf8("This module provides access to the mathematical functions\n"
                              "defined by the C standard.");
  if (!doc || module_add_object(m, "__doc__", doc) < 0 || module_add_functions(m, math_functions) < 0 ||
      module_add_functions(m, special_functions) < 0 || module_add_functions(m, integer_functions) < 0 ||
      add_float(m, "pi", PI) < 0 || add_float(m, "e", 2.718281828459045235360287471352662498) < 0 ||
      add_float(m, "tau", 2 * PI) < 0 || add_float(m, "inf", INFINITY) < 0 || add_float(m, "nan", NAN) < 0) {
    xdecref(doc);
    decref(m);
    return nullptr;
  }
  decref(doc);
  return m;
}

} // namespace

COIL_REGISTER_MODULE("math", math_module_init);

} // namespace coil
