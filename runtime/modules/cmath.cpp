// The cmath module: complex elementary functions with CPython 3.11's
// results and errors, plus phase/polar/rect, isfinite/isinf/isnan,
// isclose and the constants.
//
// Invariants
// - Finite arguments are computed with the same formulas CPython uses
//   (Kahan-style branch-cut-safe forms, rescaling for huge and subnormal
//   values), so results agree to the last bit on glibc.
// - Non-finite arguments take the C99 Annex G values, obtained from glibc's
//   complex functions (std::complex forwards to cacos, csqrt, ...), with
//   CPython's fix-ups where Annex G leaves signs open. Errors on special
//   values follow CPython's rules (see `special`).
// - Every function computes into `Res` {value, err}: err 0, EDOM ("math
//   domain error", ValueError) or ERANGE ("math range error", OverflowError).
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <complex>

#include "runtime/errors.h"
#include "runtime/modules/math_internal.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/runtime.h"
#include "runtime/thread_state.h"

namespace coil {

namespace {

using C = std::complex<double>;

struct Res {
  double re, im;
  int err;
};

const double LARGE = DBL_MAX / 4.0;
const double SQRT_LARGE = std::sqrt(LARGE);
const double LOG_LARGE = std::log(LARGE);
const double SQRT_DBL_MIN = std::sqrt(DBL_MIN);
constexpr int SCALE_UP = 2 * (DBL_MANT_DIG / 2) + 1;
constexpr int SCALE_DOWN = -(SCALE_UP + 1) / 2;
constexpr double LN2 = 0.6931471805599453094;
constexpr double LN10 = 2.302585092994045684;
constexpr double PI = 3.141592653589793238462643383279502884;
constexpr double E = 2.718281828459045235360287471352662498;

bool finite2(double a, double b) {
  return std::isfinite(a) && std::isfinite(b);
}
Res from(C c, int err = 0) {
  return {c.real(), c.imag(), err};
}
// Annex G ignores the sign of a NaN, glibc does not: special values are
// looked up with NaNs made positive.
double pos_nan(double v) {
  return std::isnan(v) ? std::fabs(v) : v;
}
C special_arg(double x, double y) {
  return C(pos_nan(x), pos_nan(y));
}

// ------------------------------------------------------------ functions

Res c_sqrt(double x, double y) {
  if (!finite2(x, y))
    return from(std::sqrt(special_arg(x, y)));
  if (x == 0.0 && y == 0.0)
    return {0.0, y, 0};
  double ax = std::fabs(x), ay = std::fabs(y), s;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    ax = std::ldexp(ax, SCALE_UP);
    s = std::ldexp(std::sqrt(ax + std::hypot(ax, std::ldexp(ay, SCALE_UP))), SCALE_DOWN);
  } else {
    ax /= 8.0;
    s = 2.0 * std::sqrt(ax + std::hypot(ax, ay / 8.0));
  }
  double d = ay / (2.0 * s);
  if (x >= 0.0)
    return {s, std::copysign(d, y), 0};
  return {d, std::copysign(s, y), 0};
}

Res c_acos(double x, double y) {
  if (!finite2(x, y)) {
    if (std::isinf(x) && std::isnan(y))
      return {NAN, INFINITY, 0}; // Annex G leaves the sign of the infinity open
    return from(std::acos(special_arg(x, y)));
  }
  Res r;
  if (std::fabs(x) > LARGE || std::fabs(y) > LARGE) {
    r.re = std::atan2(std::fabs(y), x);
    r.im = -std::copysign(std::log(std::hypot(x / 2.0, y / 2.0)) + LN2 * 2.0, y);
  } else {
    Res s1 = c_sqrt(1.0 - x, -y), s2 = c_sqrt(1.0 + x, y);
    r.re = 2.0 * std::atan2(s1.re, s2.re);
    r.im = std::asinh(s2.re * s1.im - s2.im * s1.re);
  }
  r.err = 0;
  return r;
}

Res c_acosh(double x, double y) {
  if (!finite2(x, y)) {
    if (x == 0.0 && std::isnan(y))
      return {NAN, NAN, 0};
    return from(std::acosh(special_arg(x, y)));
  }
  Res r;
  if (std::fabs(x) > LARGE || std::fabs(y) > LARGE) {
    r.re = std::log(std::hypot(x / 2.0, y / 2.0)) + LN2 * 2.0;
    r.im = std::atan2(y, x);
  } else {
    Res s1 = c_sqrt(x - 1.0, y), s2 = c_sqrt(x + 1.0, y);
    r.re = std::asinh(s1.re * s2.re + s1.im * s2.im);
    r.im = 2.0 * std::atan2(s1.im, s2.re);
  }
  r.err = 0;
  return r;
}

Res c_asinh(double x, double y) {
  if (!finite2(x, y))
    return from(std::asinh(special_arg(x, y)));
  Res r;
  if (std::fabs(x) > LARGE || std::fabs(y) > LARGE) {
    double l = std::log(std::hypot(x / 2.0, y / 2.0)) + LN2 * 2.0;
    r.re = y >= 0.0 ? std::copysign(l, x) : -std::copysign(l, -x);
    r.im = std::atan2(y, std::fabs(x));
  } else {
    Res s1 = c_sqrt(1.0 + y, -x), s2 = c_sqrt(1.0 - y, x);
    r.re = std::asinh(s1.re * s2.im - s2.re * s1.im);
    r.im = std::atan2(y, s1.re * s2.re - s1.im * s2.im);
  }
  r.err = 0;
  return r;
}

// asin(z) = -i asinh(iz)
Res c_asin(double x, double y) {
  Res s = c_asinh(-y, x);
  return {s.im, -s.re, s.err};
}

Res c_atanh(double x, double y) {
  if (!finite2(x, y))
    return from(std::atanh(special_arg(x, y)));
  if (x < 0.0) {
    Res r = c_atanh(-x, -y);
    return {-r.re, -r.im, r.err};
  }
  double ay = std::fabs(y);
  if (x > SQRT_LARGE || ay > SQRT_LARGE) {
    double h = std::hypot(x / 2.0, y / 2.0);
    return {x / 4.0 / h / h, std::copysign(PI / 2.0, y), 0};
  }
  if (x == 1.0 && ay < SQRT_DBL_MIN) {
    if (ay == 0.0)
      return {INFINITY, y, EDOM};
    return {-std::log(std::sqrt(ay) / std::sqrt(std::hypot(ay, 2.0))),
            std::copysign(std::atan2(2.0, -ay) / 2, y), 0};
  }
  return {std::log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0,
          -std::atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0, 0};
}

// atan(z) = -i atanh(iz)
Res c_atan(double x, double y) {
  Res s = c_atanh(-y, x);
  return {s.im, -s.re, s.err};
}

// Shared by cosh/sinh/exp for an infinite real part and a finite non-zero
// imaginary part: infinities (or zeros) signed by cos/sin of y.
Res c_cosh(double x, double y) {
  if (!finite2(x, y)) {
    Res r;
    if (std::isinf(x) && std::isfinite(y) && y != 0.0) {
      r.re = std::copysign(INFINITY, std::cos(y));
      r.im = x > 0 ? std::copysign(INFINITY, std::sin(y)) : -std::copysign(INFINITY, std::sin(y));
    } else if (std::isnan(x) && y == 0.0) {
      r.re = NAN;
      r.im = 0.0;
    } else {
      C c = std::cosh(special_arg(x, y));
      r.re = c.real();
      r.im = c.imag();
    }
    r.err = std::isinf(y) && !std::isnan(x) ? EDOM : 0;
    return r;
  }
  Res r;
  if (std::fabs(x) > LOG_LARGE) {
    double xm1 = x - std::copysign(1.0, x);
    r.re = std::cos(y) * std::cosh(xm1) * E;
    r.im = std::sin(y) * std::sinh(xm1) * E;
  } else {
    r.re = std::cos(y) * std::cosh(x);
    r.im = std::sin(y) * std::sinh(x);
  }
  r.err = std::isinf(r.re) || std::isinf(r.im) ? ERANGE : 0;
  return r;
}

Res c_sinh(double x, double y) {
  if (!finite2(x, y)) {
    Res r;
    if (std::isinf(x) && std::isfinite(y) && y != 0.0) {
      r.re = x > 0 ? std::copysign(INFINITY, std::cos(y)) : -std::copysign(INFINITY, std::cos(y));
      r.im = std::copysign(INFINITY, std::sin(y));
    } else if (x == 0.0 && std::isnan(y)) {
      r.re = 0.0;
      r.im = NAN;
    } else {
      C c = std::sinh(special_arg(x, y));
      r.re = c.real();
      r.im = c.imag();
    }
    r.err = std::isinf(y) && !std::isnan(x) ? EDOM : 0;
    return r;
  }
  Res r;
  if (std::fabs(x) > LOG_LARGE) {
    double xm1 = x - std::copysign(1.0, x);
    r.re = std::cos(y) * std::sinh(xm1) * E;
    r.im = std::sin(y) * std::cosh(xm1) * E;
  } else {
    r.re = std::cos(y) * std::sinh(x);
    r.im = std::sin(y) * std::cosh(x);
  }
  r.err = std::isinf(r.re) || std::isinf(r.im) ? ERANGE : 0;
  return r;
}

Res c_tanh(double x, double y) {
  if (!finite2(x, y)) {
    Res r;
    if (std::isinf(x) && std::isfinite(y) && y != 0.0) {
      r.re = x > 0 ? 1.0 : -1.0;
      r.im = std::copysign(0.0, 2.0 * std::sin(y) * std::cos(y));
    } else if (std::isinf(x) && std::isinf(y)) {
      r.re = x > 0 ? 1.0 : -1.0;
      r.im = 0.0;
    } else if (x == 0.0 && std::isnan(y)) {
      r.re = NAN;
      r.im = NAN;
    } else {
      C c = std::tanh(special_arg(x, y));
      r.re = c.real();
      r.im = c.imag();
    }
    r.err = std::isinf(y) && std::isfinite(x) ? EDOM : 0;
    return r;
  }
  if (std::fabs(x) > LOG_LARGE)
    return {std::copysign(1.0, x), 4.0 * std::sin(y) * std::cos(y) * std::exp(-2.0 * std::fabs(x)), 0};
  double tx = std::tanh(x), ty = std::tan(y), cx = 1.0 / std::cosh(x);
  double txty = tx * ty, denom = 1.0 + txty * txty;
  return {tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx, 0};
}

// cos(z) = cosh(iz); sin(z) = -i sinh(iz); tan(z) = -i tanh(iz)
Res c_cos(double x, double y) {
  return c_cosh(-y, x);
}
Res c_sin(double x, double y) {
  Res s = c_sinh(-y, x);
  return {s.im, -s.re, s.err};
}
Res c_tan(double x, double y) {
  Res s = c_tanh(-y, x);
  return {s.im, -s.re, s.err};
}

Res c_exp(double x, double y) {
  if (!finite2(x, y)) {
    Res r;
    if (std::isinf(x) && std::isfinite(y) && y != 0.0) {
      if (x > 0) {
        r.re = std::copysign(INFINITY, std::cos(y));
        r.im = std::copysign(INFINITY, std::sin(y));
      } else {
        r.re = std::copysign(0.0, std::cos(y));
        r.im = std::copysign(0.0, std::sin(y));
      }
    } else if (std::isinf(x) && x < 0 && !std::isfinite(y)) {
      r.re = 0.0;
      r.im = 0.0;
    } else {
      C c = std::exp(special_arg(x, y));
      r.re = c.real();
      r.im = c.imag();
    }
    r.err = std::isinf(y) && (std::isfinite(x) || (std::isinf(x) && x > 0)) ? EDOM : 0;
    return r;
  }
  Res r;
  if (x > LOG_LARGE) {
    double l = std::exp(x - 1.0);
    r.re = l * std::cos(y) * E;
    r.im = l * std::sin(y) * E;
  } else {
    double l = std::exp(x);
    r.re = l * std::cos(y);
    r.im = l * std::sin(y);
  }
  r.err = std::isinf(r.re) || std::isinf(r.im) ? ERANGE : 0;
  return r;
}

Res c_log(double x, double y) {
  if (!finite2(x, y))
    return from(std::log(special_arg(x, y)));
  double ax = std::fabs(x), ay = std::fabs(y);
  Res r;
  if (ax > LARGE || ay > LARGE) {
    r.re = std::log(std::hypot(ax / 2.0, ay / 2.0)) + LN2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0.0 || ay > 0.0) {
      r.re = std::log(std::hypot(std::ldexp(ax, DBL_MANT_DIG), std::ldexp(ay, DBL_MANT_DIG))) -
             DBL_MANT_DIG * LN2;
    } else {
      return {-INFINITY, std::atan2(y, x), EDOM};
    }
  } else {
    double h = std::hypot(ax, ay);
    if (0.71 <= h && h <= 1.73) {
      double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
      r.re = std::log1p((am - 1) * (am + 1) + an * an) / 2.0;
    } else {
      r.re = std::log(h);
    }
  }
  r.im = std::atan2(y, x);
  r.err = 0;
  return r;
}

Res c_log10(double x, double y) {
  Res r = c_log(x, y);
  return {r.re / LN10, r.im / LN10, r.err};
}

// ------------------------------------------------------------ arguments

// A complex argument as PyComplex_AsCComplex converts it: complex (and
// subclasses), __complex__, then anything float() accepts.
bool arg_as_complex(Object* o, double* re, double* im) {
  if (complex_check(o) && o->type == &ComplexType) {
    auto* c = static_cast<ComplexObject*>(o);
    *re = c->real;
    *im = c->imag;
    return true;
  }
  bool found = false;
  Object* r = object_call_special(o, str_static("__complex__"), nullptr, 0, &found);
  if (found) {
    if (!r)
      return false;
    if (!complex_check(r)) {
      err_format(TypeError, "__complex__ returned non-complex (type {})", type_name_of(r));
      decref(r);
      return false;
    }
    auto* c = static_cast<ComplexObject*>(r);
    *re = c->real;
    *im = c->imag;
    decref(r);
    return true;
  }
  if (complex_check(o)) {
    auto* c = static_cast<ComplexObject*>(o);
    *re = c->real;
    *im = c->imag;
    return true;
  }
  *im = 0.0;
  return math_impl::arg_as_double(o, re);
}

Object* result(Res r) {
  if (r.err == EDOM)
    return math_impl::domain_error();
  if (r.err == ERANGE)
    return math_impl::range_error();
  return complex_from_doubles(r.re, r.im);
}

template <Res (*F)(double, double)> Object* unary(Object*, Object* arg) {
  double x, y;
  if (!arg_as_complex(arg, &x, &y))
    return nullptr;
  return result(F(x, y));
}

// Smith's division as CPython's _Py_c_quot; EDOM for a zero divisor.
Res c_quot(Res a, Res b) {
  double abr = std::fabs(b.re), abi = std::fabs(b.im);
  if (abr >= abi) {
    if (abr == 0.0)
      return {0.0, 0.0, EDOM};
    double ratio = b.im / b.re, denom = b.re + b.im * ratio;
    return {(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom, 0};
  }
  if (abi >= abr) {
    double ratio = b.re / b.im, denom = b.re * ratio + b.im;
    return {(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom, 0};
  }
  return {NAN, NAN, 0};
}

Object* cm_log(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("log", nargs, 1, 2))
    return nullptr;
  double x, y;
  if (!arg_as_complex(args[0], &x, &y))
    return nullptr;
  Res r = c_log(x, y);
  int err = r.err;
  if (nargs == 2) {
    double bx, by;
    if (!arg_as_complex(args[1], &bx, &by))
      return nullptr;
    // As in CPython, the base's log resets errno, so only the base and the
    // division decide: log(0, 2) is (-inf+nanj), not an error.
    Res b = c_log(bx, by);
    err = b.err;
    Res q = c_quot(r, b);
    if (q.err)
      err = q.err;
    r = q;
  }
  r.err = err;
  return result(r);
}

Object* cm_phase(Object*, Object* arg) {
  double x, y;
  if (!arg_as_complex(arg, &x, &y))
    return nullptr;
  return float_from_double(std::atan2(y, x));
}

// abs() of a complex as CPython's _Py_c_abs: inf when a part is infinite,
// nan when a part is nan, ERANGE when hypot overflows.
double c_abs(double x, double y, int* err) {
  *err = 0;
  if (!finite2(x, y)) {
    if (std::isinf(x))
      return std::fabs(x);
    if (std::isinf(y))
      return std::fabs(y);
    return NAN;
  }
  double r = std::hypot(x, y);
  if (!std::isfinite(r))
    *err = ERANGE;
  return r;
}

Object* cm_polar(Object*, Object* arg) {
  double x, y;
  if (!arg_as_complex(arg, &x, &y))
    return nullptr;
  double phi = std::atan2(y, x);
  int err;
  double r = c_abs(x, y, &err);
  if (err)
    return math_impl::range_error();
  Object* a = float_from_double(r);
  Object* b = a ? float_from_double(phi) : nullptr;
  Object* t = b ? tuple_pack({a, b}) : nullptr;
  xdecref(a);
  xdecref(b);
  return t;
}

Object* cm_rect(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("rect", nargs, 2, 2))
    return nullptr;
  double r, phi;
  if (!math_impl::arg_as_double(args[0], &r) || !math_impl::arg_as_double(args[1], &phi))
    return nullptr;
  Res z;
  if (!finite2(r, phi)) {
    // rect(r, phi) behaves as exp(log(r) + i*phi) for positive-signed r and
    // as -exp(log(-r) + i*phi) for negative-signed r (nan: exp(nan + i*phi)).
    if (std::isinf(r) && std::isfinite(phi) && phi != 0.0) {
      double sign = r > 0 ? 1.0 : -1.0;
      z.re = sign * std::copysign(INFINITY, std::cos(phi));
      z.im = sign * std::copysign(INFINITY, std::sin(phi));
    } else if (r == 0.0) {
      z.re = 0.0;
      z.im = 0.0;
    } else if (std::isinf(r) && std::isnan(phi)) {
      z.re = INFINITY;
      z.im = NAN;
    } else if (std::isnan(r) && phi == 0.0) {
      z.re = NAN;
      z.im = 0.0;
    } else {
      double l = std::isnan(r)   ? NAN
                 : r == 0.0      ? -INFINITY
                 : std::isinf(r) ? INFINITY
                                 : std::log(std::fabs(r));
      C c = std::exp(special_arg(l, phi));
      if (!std::isnan(r) && std::signbit(r))
        c = -c;
      z.re = c.real();
      z.im = c.imag();
    }
    z.err = r != 0.0 && !std::isnan(r) && std::isinf(phi) ? EDOM : 0;
  } else if (phi == 0.0) {
    z = {r, r * phi, 0};
  } else {
    z = {r * std::cos(phi), r * std::sin(phi), 0};
  }
  return result(z);
}

Object* cm_isfinite(Object*, Object* arg) {
  double x, y;
  if (!arg_as_complex(arg, &x, &y))
    return nullptr;
  return bool_from(finite2(x, y));
}
Object* cm_isnan(Object*, Object* arg) {
  double x, y;
  if (!arg_as_complex(arg, &x, &y))
    return nullptr;
  return bool_from(std::isnan(x) || std::isnan(y));
}
Object* cm_isinf(Object*, Object* arg) {
  double x, y;
  if (!arg_as_complex(arg, &x, &y))
    return nullptr;
  return bool_from(std::isinf(x) || std::isinf(y));
}

Object* cm_isclose(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const names[] = {"a", "b", "rel_tol", "abs_tol"};
  Object* out[4];
  if (!math_impl::parse_clinic("isclose", args, nargs, kwnames, names, 4, 2, 0, 2, out))
    return nullptr;
  double ax, ay, bx, by, rel_tol = 1e-9, abs_tol = 0.0;
  if (!arg_as_complex(out[0], &ax, &ay) || !arg_as_complex(out[1], &bx, &by))
    return nullptr;
  if ((out[2] && !math_impl::arg_as_double(out[2], &rel_tol)) ||
      (out[3] && !math_impl::arg_as_double(out[3], &abs_tol)))
    return nullptr;
  if (rel_tol < 0.0 || abs_tol < 0.0)
    return err_set_string(ValueError, "tolerances must be non-negative");
  if (ax == bx && ay == by)
    return bool_from(true);
  if (std::isinf(ax) || std::isinf(ay) || std::isinf(bx) || std::isinf(by))
    return bool_from(false);
  int err;
  double diff = c_abs(ax - bx, ay - by, &err);
  double ma = c_abs(ax, ay, &err), mb = c_abs(bx, by, &err);
  return bool_from(diff <= rel_tol * mb || diff <= rel_tol * ma || diff <= abs_tol);
}

#define FN(f) reinterpret_cast<MethodFn>(f)
MethodDef cmath_functions[] = {
    {"acos", unary<c_acos>, METH_O, "Return the arc cosine of z."},
    {"acosh", unary<c_acosh>, METH_O, "Return the inverse hyperbolic cosine of z."},
    {"asin", unary<c_asin>, METH_O, "Return the arc sine of z."},
    {"asinh", unary<c_asinh>, METH_O, "Return the inverse hyperbolic sine of z."},
    {"atan", unary<c_atan>, METH_O, "Return the arc tangent of z."},
    {"atanh", unary<c_atanh>, METH_O, "Return the inverse hyperbolic tangent of z."},
    {"cos", unary<c_cos>, METH_O, "Return the cosine of z."},
    {"cosh", unary<c_cosh>, METH_O, "Return the hyperbolic cosine of z."},
    {"exp", unary<c_exp>, METH_O, "Return the exponential value e**z."},
    {"isclose", FN(cm_isclose), METH_FASTCALL | METH_KEYWORDS,
     "Determine whether two complex numbers are close in value."},
    {"isfinite", cm_isfinite, METH_O,
     "Return True if both the real and imaginary parts of z are finite, else False."},
    {"isinf", cm_isinf, METH_O, "Checks if the real or imaginary part of z is infinite."},
    {"isnan", cm_isnan, METH_O, "Checks if the real or imaginary part of z not a number (NaN)."},
    {"log", FN(cm_log), METH_FASTCALL, "log(z[, base]) -> the logarithm of z to the given base."},
    {"log10", unary<c_log10>, METH_O, "Return the base-10 logarithm of z."},
    {"phase", cm_phase, METH_O, "Return argument, also known as the phase angle, of a complex."},
    {"polar", cm_polar, METH_O, "Convert a complex from rectangular coordinates to polar coordinates."},
    {"rect", FN(cm_rect), METH_FASTCALL, "Convert from polar coordinates to rectangular coordinates."},
    {"sin", unary<c_sin>, METH_O, "Return the sine of z."},
    {"sinh", unary<c_sinh>, METH_O, "Return the hyperbolic sine of z."},
    {"sqrt", unary<c_sqrt>, METH_O, "Return the square root of z."},
    {"tan", unary<c_tan>, METH_O, "Return the tangent of z."},
    {"tanh", unary<c_tanh>, METH_O, "Return the hyperbolic tangent of z."},
    {nullptr, nullptr, 0, nullptr},
};
#undef FN

Object* cmath_module_init() {
  Object* m = module_new_str("cmath");
  if (!m)
    return nullptr;
  if (module_add_functions(m, cmath_functions) < 0) {
    decref(m);
    return nullptr;
  }
  Object* vals[] = {float_from_double(PI),
                    float_from_double(E),
                    float_from_double(2 * PI),
                    float_from_double(INFINITY),
                    complex_from_doubles(0.0, INFINITY),
                    float_from_double(std::fabs(NAN)),
                    complex_from_doubles(0.0, std::fabs(NAN))};
  const char* names[] = {"pi", "e", "tau", "inf", "infj", "nan", "nanj"};
  int rc = 0;
  for (int i = 0; i < 7; i++) {
    if (!vals[i] || module_add_object(m, names[i], vals[i]) < 0)
      rc = -1;
    xdecref(vals[i]);
  }
  if (rc < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

} // namespace

COIL_REGISTER_MODULE("cmath", cmath_module_init);

} // namespace coil
