// math: the integer functions gcd, lcm, factorial, isqrt, comb and perm,
// computed exactly with GMP for any size.
//
// Invariants
// - Arguments go through number_index (operator.index), so floats are
//   rejected with "'float' object cannot be interpreted as an integer" as
//   CPython 3.11.7 does.
// - Results are exact ints (normalised through int_from_mpz/int_steal_mpz).
#include <gmp.h>

#include <climits>

#include "runtime/modules/math_internal.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/int.h"
#include "runtime/objects/int_internal.h"

namespace coil {
namespace math_impl {

namespace {

// gcd/lcm over all arguments; `lcm` selects the operation.
Object* gcd_lcm(Object* const* args, ssize nargs, bool lcm) {
  mpz_t acc, tmp;
  mpz_init_set_ui(acc, lcm ? 1 : 0);
  mpz_init(tmp);
  for (ssize i = 0; i < nargs; i++) {
    Object* v = number_index(args[i]);
    if (!v) {
      mpz_clear(acc);
      mpz_clear(tmp);
      return nullptr;
    }
    int_to_mpz(v, tmp);
    decref(v);
    if (lcm)
      mpz_lcm(acc, acc, tmp);
    else
      mpz_gcd(acc, acc, tmp);
  }
  mpz_clear(tmp);
  return int_steal_mpz(acc);
}

Object* math_gcd(Object*, Object* const* args, ssize nargs) {
  return gcd_lcm(args, nargs, false);
}
Object* math_lcm(Object*, Object* const* args, ssize nargs) {
  return gcd_lcm(args, nargs, true);
}

Object* factorial_of(Object* n) {
  if (int_sign(n) < 0)
    return err_set_string(ValueError, "factorial() not defined for negative values");
  bool overflow = false;
  int64_t v = int_as_i64(n, &overflow);
  if (overflow)
    return err_format(OverflowError, "factorial() argument should not exceed {}", LONG_MAX);
  mpz_t r;
  mpz_init(r);
  mpz_fac_ui(r, static_cast<unsigned long>(v));
  return int_steal_mpz(r);
}

Object* math_factorial(Object*, Object* arg) {
  Object* n = number_index(arg);
  if (!n)
    return nullptr;
  Object* r = factorial_of(n);
  decref(n);
  return r;
}

Object* math_isqrt(Object*, Object* arg) {
  Object* n = number_index(arg);
  if (!n)
    return nullptr;
  if (int_sign(n) < 0) {
    decref(n);
    return err_set_string(ValueError, "isqrt() argument must be nonnegative");
  }
  mpz_t r;
  mpz_init(r);
  {
    MpzView v(n);
    mpz_sqrt(r, v);
  }
  decref(n);
  return int_steal_mpz(r);
}

// n and k as exact ints (new references in *n, *k); checks both are >= 0.
bool comb_perm_args(Object* a, Object* b, Object** n, Object** k) {
  *n = number_index(a);
  if (!*n)
    return false;
  *k = number_index(b);
  if (!*k) {
    decref(*n);
    return false;
  }
  const char* bad = nullptr;
  if (int_sign(*n) < 0)
    bad = "n must be a non-negative integer";
  else if (int_sign(*k) < 0)
    bad = "k must be a non-negative integer";
  if (bad) {
    err_set_string(ValueError, bad);
    decref(*n);
    decref(*k);
    return false;
  }
  return true;
}

Object* math_comb(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("comb", nargs, 2, 2))
    return nullptr;
  Object *n, *k;
  if (!comb_perm_args(args[0], args[1], &n, &k))
    return nullptr;
  mpz_t r, kk;
  mpz_init(r);
  mpz_init(kk);
  Object* result = nullptr;
  {
    MpzView nv(n), kv(k);
    if (mpz_cmp(kv, nv) > 0) {
      result = int_from_i64(0);
    } else {
      // k = min(k, n - k)
      mpz_sub(kk, nv, kv);
      if (mpz_cmp(kk, kv) > 0)
        mpz_set(kk, kv);
      if (!mpz_fits_slong_p(kk)) {
        err_format(OverflowError, "min(n - k, k) must not exceed {}", LONG_MAX);
      } else {
        mpz_bin_ui(r, nv, mpz_get_ui(kk));
        result = int_from_mpz(r);
      }
    }
  }
  mpz_clear(r);
  mpz_clear(kk);
  decref(n);
  decref(k);
  return result;
}

Object* math_perm(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("perm", nargs, 1, 2))
    return nullptr;
  if (nargs == 1 || args[1] == None) {
    Object* n = number_index(args[0]);
    if (!n)
      return nullptr;
    Object* r = factorial_of(n);
    decref(n);
    return r;
  }
  Object *n, *k;
  if (!comb_perm_args(args[0], args[1], &n, &k))
    return nullptr;
  Object* result = nullptr;
  {
    MpzView nv(n), kv(k);
    if (mpz_cmp(kv, nv) > 0) {
      result = int_from_i64(0);
    } else if (!mpz_fits_slong_p(kv)) {
      err_format(OverflowError, "k must not exceed {}", LONG_MAX);
    } else {
      // n! / (n-k)! = C(n, k) * k!
      unsigned long kval = mpz_get_ui(kv);
      mpz_t r, f;
      mpz_init(r);
      mpz_init(f);
      mpz_bin_ui(r, nv, kval);
      mpz_fac_ui(f, kval);
      mpz_mul(r, r, f);
      mpz_clear(f);
      result = int_steal_mpz(r);
    }
  }
  decref(n);
  decref(k);
  return result;
}

} // namespace

#define FN(f) reinterpret_cast<MethodFn>(f)
MethodDef integer_functions[] = {
    {"comb", FN(math_comb), METH_FASTCALL,
     "Number of ways to choose k items from n items without repetition and without order."},
    {"factorial", math_factorial, METH_O, "Find x!.\n\nRaise a ValueError if x is negative or non-integral."},
    {"gcd", FN(math_gcd), METH_FASTCALL, "Greatest Common Divisor."},
    {"isqrt", math_isqrt, METH_O, "Return the integer part of the square root of the input."},
    {"lcm", FN(math_lcm), METH_FASTCALL, "Least Common Multiple."},
    {"perm", FN(math_perm), METH_FASTCALL,
     "Number of ways to choose k items from n items without repetition and with order."},
    {nullptr, nullptr, 0, nullptr},
};
#undef FN

} // namespace math_impl
} // namespace coil
