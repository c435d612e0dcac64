// math: gamma/lgamma (Lanczos approximation, as CPython 3.11 computes them,
// so results agree to the last bit), fsum (exact summation with
// Shewchuk's partials and a correctly rounded result), hypot/dist (scaled
// sum of squares with error-free transformations and one Newton
// correction of the square root), prod.
//
// Invariants
// - m_tgamma/m_lgamma set errno to EDOM or ERANGE the way the C library
//   would, and math_gamma/math_lgamma map that to CPython's errors.
// - fsum's partials are non-overlapping and increasing in magnitude.
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <vector>

#include "runtime/modules/math_internal.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/tuple.h"

namespace coil {
namespace math_impl {

namespace {

constexpr double PI = 3.141592653589793238462643383279502884197;
constexpr double LOG_PI = 1.144729885849400174143427351353058711647;

// The Lanczos approximation with g = 6.024680040776729583740234375 and
// N = 13: a rational function num(x)/den(x) whose coefficients are those of
// the published "lanczos13m53" approximation.
constexpr double LANCZOS_G = 6.024680040776729583740234375;
constexpr double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
constexpr int LANCZOS_N = 13;
constexpr double LANCZOS_NUM[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
// The denominator is the expansion of x(x+1)...(x+11).
constexpr double LANCZOS_DEN[LANCZOS_N] = {0.0,        39916800.0, 120543840.0, 150917976.0, 105258076.0,
                                           45995730.0, 13339535.0, 2637558.0,   357423.0,    32670.0,
                                           1925.0,     66.0,       1.0};

// num(x)/den(x) for x > 0; evaluated in descending powers of 1/x for large
// x so that nothing overflows.
double lanczos_sum(double x) {
  double num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (int i = LANCZOS_N; --i >= 0;) {
      num = num * x + LANCZOS_NUM[i];
      den = den * x + LANCZOS_DEN[i];
    }
  } else {
    for (int i = 0; i < LANCZOS_N; i++) {
      num = num / x + LANCZOS_NUM[i];
      den = den / x + LANCZOS_DEN[i];
    }
  }
  return num / den;
}

// sin(pi * x), accurate for large x and exact at integers/half-integers.
double m_sinpi(double x) {
  double y = std::fmod(std::fabs(x), 2.0);
  int n = static_cast<int>(std::round(2.0 * y));
  double r;
  switch (n) {
  case 0:
    r = std::sin(PI * y);
    break;
  case 1:
    r = std::cos(PI * (y - 0.5));
    break;
  case 2:
    r = std::sin(PI * (1.0 - y));
    break;
  case 3:
    r = -std::cos(PI * (y - 1.5));
    break;
  default: // 4
    r = std::sin(PI * (y - 2.0));
    break;
  }
  return std::copysign(1.0, x) * r;
}

// Gamma of the small positive integers, exactly.
constexpr int NGAMMA_INTEGRAL = 23;
double gamma_integral(int k) { // k! as a double for k < 23
  double r = 1.0;
  for (int i = 2; i <= k; i++)
    r *= i;
  return r;
}

} // namespace

double m_tgamma(double x) {
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0.0)
      return x; // tgamma(nan) = nan, tgamma(inf) = inf
    errno = EDOM;
    return NAN; // tgamma(-inf)
  }
  if (x == 0.0) {
    errno = EDOM;
    return 1.0 / x; // +-inf, but a domain error
  }
  if (x == std::floor(x)) {
    if (x < 0.0) {
      errno = EDOM;
      return NAN;
    }
    if (x <= NGAMMA_INTEGRAL)
      return gamma_integral(static_cast<int>(x) - 1);
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) {
    double r = 1.0 / x;
    if (std::isinf(r))
      errno = ERANGE;
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0)
      return 0.0 / m_sinpi(x);
    errno = ERANGE;
    return HUGE_VAL;
  }
  double y = absx + LANCZOS_G_MINUS_HALF;
  // Correction for the rounding error in y.
  double q, z;
  if (absx > LANCZOS_G_MINUS_HALF) {
    q = y - absx;
    z = q - LANCZOS_G_MINUS_HALF;
  } else {
    q = y - LANCZOS_G_MINUS_HALF;
    z = q - absx;
  }
  z = z * LANCZOS_G / y;
  double r;
  if (x < 0.0) {
    r = -PI / m_sinpi(absx) / absx * std::exp(y) / lanczos_sum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczos_sum(absx) / std::exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (std::isinf(r))
    errno = ERANGE;
  return r;
}

double m_lgamma(double x) {
  if (!std::isfinite(x)) {
    if (std::isnan(x))
      return x;
    return HUGE_VAL; // lgamma(+-inf) = +inf
  }
  if (x == std::floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      errno = EDOM; // a pole
      return HUGE_VAL;
    }
    return 0.0; // lgamma(1) = lgamma(2) = 0
  }
  double absx = std::fabs(x);
  if (absx < 1e-20)
    return -std::log(absx);
  double r = std::log(lanczos_sum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (std::log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0.0)
    r = LOG_PI - std::log(std::fabs(m_sinpi(absx))) - std::log(absx) - r;
  if (std::isinf(r))
    errno = ERANGE;
  return r;
}

namespace {

// As CPython's math_1a: the wrapped function reports errors through errno.
Object* special_1(Object* arg, double (*fn)(double)) {
  double x;
  if (!arg_as_double(arg, &x))
    return nullptr;
  errno = 0;
  double r = fn(x);
  if (errno == EDOM)
    return domain_error();
  if (errno == ERANGE && std::fabs(r) >= 1.5)
    return range_error();
  return float_from_double(r);
}

Object* math_gamma(Object*, Object* arg) {
  return special_1(arg, m_tgamma);
}
Object* math_lgamma(Object*, Object* arg) {
  return special_1(arg, m_lgamma);
}

// ---------------------------------------------------------------- fsum

Object* math_fsum(Object*, Object* seq) {
  Object* it = object_get_iter(seq);
  if (!it)
    return nullptr;
  std::vector<double> p; // partials
  double special_sum = 0.0, inf_sum = 0.0;
  for (;;) {
    Object* item = iter_next(it);
    if (!item) {
      if (err_occurred()) {
        decref(it);
        return nullptr;
      }
      break;
    }
    double x;
    bool ok = arg_as_double(item, &x);
    decref(item);
    if (!ok) {
      decref(it);
      return nullptr;
    }
    double xsave = x;
    size_t i = 0;
    for (size_t j = 0; j < p.size(); j++) {
      double y = p[j];
      if (std::fabs(x) < std::fabs(y))
        std::swap(x, y);
      double hi = x + y;
      double yr = hi - x;
      double lo = y - yr;
      if (lo != 0.0)
        p[i++] = lo;
      x = hi;
    }
    p.resize(i);
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        // Either a non-finite summand or an intermediate overflow.
        if (std::isfinite(xsave)) {
          decref(it);
          return err_set_string(OverflowError, "intermediate overflow in fsum");
        }
        if (std::isinf(xsave))
          inf_sum += xsave;
        special_sum += xsave;
        p.clear();
      } else {
        p.push_back(x);
      }
    }
  }
  decref(it);
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum))
      return err_set_string(ValueError, "-inf + inf in fsum");
    return float_from_double(special_sum);
  }
  double hi = 0.0;
  size_t n = p.size();
  if (n > 0) {
    hi = p[--n];
    double lo = 0.0;
    // Add partials from the top down until the sum is inexact.
    while (n > 0) {
      double x = hi;
      double y = p[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0)
        break;
    }
    // Round half to even when the remaining partials push the result across
    // a halfway point.
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr)
        hi = x;
    }
  }
  return float_from_double(hi);
}

// ---------------------------------------------------------------- hypot / dist

struct DoubleLength {
  double hi, lo;
};
// Exact sum of a and b when |a| >= |b|.
DoubleLength dl_fast_sum(double a, double b) {
  double x = a + b;
  double z = x - a;
  double y = b - z;
  return {x, y};
}
// Veltkamp split of x into two halves of 26 bits.
DoubleLength dl_split(double x) {
  double t = x * 134217729.0; // 2**27 + 1
  double hi = t - (t - x);
  double lo = x - hi;
  return {hi, lo};
}
// Exact product of x and y as hi + lo (Dekker).
DoubleLength dl_mul(double x, double y) {
  DoubleLength xx = dl_split(x);
  DoubleLength yy = dl_split(y);
  double p = xx.hi * yy.hi;
  double q = xx.hi * yy.lo + xx.lo * yy.hi;
  double z = p + q;
  double zz = p - z + q + xx.lo * yy.lo;
  return {z, zz};
}

// sqrt(sum(v*v for v in vec)) with max = max(abs(v)); every |v| <= max.
double vector_norm(ssize n, double* vec, double max, bool found_nan) {
  if (std::isinf(max))
    return max;
  if (found_nan)
    return NAN;
  if (max == 0.0 || n <= 1)
    return max;
  int max_e;
  std::frexp(max, &max_e);
  if (max_e < -1023) {
    // Subnormal inputs: scale them into the normal range first.
    for (ssize i = 0; i < n; i++)
      vec[i] /= DBL_MIN;
    return DBL_MIN * vector_norm(n, vec, max / DBL_MIN, found_nan);
  }
  double scale = std::ldexp(1.0, -max_e);
  double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
  for (ssize i = 0; i < n; i++) {
    double x = vec[i] * scale; // exact
    DoubleLength pr = dl_mul(x, x);
    DoubleLength sm = dl_fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
  }
  double h = std::sqrt(csum - 1.0 + (frac1 + frac2));
  DoubleLength pr = dl_mul(-h, h);
  DoubleLength sm = dl_fast_sum(csum, pr.hi);
  csum = sm.hi;
  frac1 += pr.lo;
  frac2 += sm.lo;
  double x = csum - 1.0 + (frac1 + frac2);
  return (h + x / (2.0 * h)) / scale;
}

bool coord_as_double(Object* o, double* out) {
  if (float_check_exact(o)) {
    *out = float_value(o);
    return true;
  }
  if (int_check_exact(o)) {
    double d = int_as_double(o);
    if (d == -1.0 && err_occurred())
      return false;
    *out = d;
    return true;
  }
  return arg_as_double(o, out);
}

Object* math_hypot(Object*, Object* const* args, ssize nargs) {
  std::vector<double> coords(static_cast<size_t>(nargs));
  double max = 0.0;
  bool found_nan = false;
  for (ssize i = 0; i < nargs; i++) {
    double x;
    if (!coord_as_double(args[i], &x))
      return nullptr;
    x = std::fabs(x);
    coords[i] = x;
    found_nan |= std::isnan(x);
    if (x > max)
      max = x;
  }
  return float_from_double(vector_norm(nargs, coords.data(), max, found_nan));
}

Object* math_dist(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("dist", nargs, 2, 2))
    return nullptr;
  Object* p = tuple_check(args[0]) ? newref(args[0]) : sequence_tuple(args[0]);
  if (!p)
    return nullptr;
  Object* q = tuple_check(args[1]) ? newref(args[1]) : sequence_tuple(args[1]);
  if (!q) {
    decref(p);
    return nullptr;
  }
  ssize n = tuple_size(p);
  Object* result = nullptr;
  if (n != tuple_size(q)) {
    err_set_string(ValueError, "both points must have the same number of dimensions");
  } else {
    std::vector<double> diffs(static_cast<size_t>(n));
    double max = 0.0;
    bool found_nan = false, ok = true;
    for (ssize i = 0; i < n && ok; i++) {
      double px, qx;
      if (!coord_as_double(tuple_get(p, i), &px) || !coord_as_double(tuple_get(q, i), &qx)) {
        ok = false;
        break;
      }
      double x = std::fabs(px - qx);
      diffs[i] = x;
      found_nan |= std::isnan(x);
      if (x > max)
        max = x;
    }
    if (ok)
      result = float_from_double(vector_norm(n, diffs.data(), max, found_nan));
  }
  decref(p);
  decref(q);
  return result;
}

// ---------------------------------------------------------------- prod

Object* math_prod(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const names[] = {"", "start"};
  Object* out[2];
  if (!parse_clinic("prod", args, nargs, kwnames, names, 2, 1, 1, 1, out))
    return nullptr;
  Object* it = object_get_iter(out[0]);
  if (!it)
    return nullptr;
  Object* result = out[1] ? newref(out[1]) : int_from_i64(1);
  for (;;) {
    Object* item = iter_next(it);
    if (!item) {
      if (err_occurred())
        clear_ref(result);
      break;
    }
    Object* r = binary_op(result, item, NB_MULTIPLY);
    decref(item);
    setref(result, r);
    if (!result)
      break;
  }
  decref(it);
  return result;
}

} // namespace

#define FN(f) reinterpret_cast<MethodFn>(f)
MethodDef special_functions[] = {
    {"dist", FN(math_dist), METH_FASTCALL, "Return the Euclidean distance between two points p and q."},
    {"fsum", math_fsum, METH_O, "Return an accurate floating point sum of values in the iterable seq."},
    {"gamma", math_gamma, METH_O, "Gamma function at x."},
    {"hypot", FN(math_hypot), METH_FASTCALL,
     "hypot(*coordinates) -> value\n\nMultidimensional Euclidean distance from the origin to a point."},
    {"lgamma", math_lgamma, METH_O, "Natural logarithm of absolute value of Gamma function at x."},
    {"prod", FN(math_prod), METH_FASTCALL | METH_KEYWORDS,
     "Calculate the product of all the elements in the input iterable."},
    {nullptr, nullptr, 0, nullptr},
};
#undef FN

} // namespace math_impl
} // namespace coil
