// int arithmetic: the number slots, with an int64 fast path that falls
// back to GMP on overflow, and correctly rounded int -> float conversions.
//
// Invariants
// - Every slot returns NotImplemented unless all operands are ints.
// - Results are normalised exact ints (int_from_i64 / int_steal_mpz).
// - Floor division and modulo follow Python: the remainder takes the sign
//   of the divisor. Bitwise operations act on infinite two's complement.
#include <gmp.h>

#include <bit>
#include <climits>
#include <cmath>

#include "runtime/errors.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int_internal.h"
#include "runtime/objects/tuple.h"

namespace coil {

namespace {

#define CHECK_BINOP(a, b)                                                                                    \
  do {                                                                                                       \
    if (!int_check(a) || !int_check(b))                                                                      \
      return newref(NotImplemented);                                                                         \
  } while (0)

inline bool both_small(Object* a, Object* b) {
  return int_is_small(a) && int_is_small(b);
}

template <class F> Object* big_binop(Object* a, Object* b, F f) {
  MpzView va(a), vb(b);
  mpz_t r;
  mpz_init(r);
  f(r, va.get(), vb.get());
  return int_steal_mpz(r);
}

// Bits of the result beyond which we refuse to allocate (GMP aborts on
// allocation failure instead of reporting it).
constexpr uint64_t kMaxResultBits = uint64_t(1) << 37;

// Rounds q (with `sticky` meaning nonzero bits were discarded below it) to
// a double whose lowest kept bit has weight 2**lsb_exp_of_q_bit0...: see
// mpz_ratio_to_double.
double round_scaled(uint64_t q, bool sticky, int64_t q_exp) {
  // value = (q + sticky*epsilon) * 2**q_exp; q has at most 58 bits.
  int len = 64 - std::countl_zero(q);
  int64_t msb_exp = len - 1 + q_exp;
  int64_t lsb_exp = msb_exp - 52;
  if (lsb_exp < -1074)
    lsb_exp = -1074;
  int64_t drop = lsb_exp - q_exp;
  if (drop <= 0)
    return std::ldexp(static_cast<double>(q), static_cast<int>(q_exp));
  if (drop >= 64) {
    // Everything is below half of the smallest kept unit.
    return 0.0;
  }
  uint64_t kept = q >> drop;
  uint64_t rem = q & ((uint64_t(1) << drop) - 1);
  uint64_t half = uint64_t(1) << (drop - 1);
  if (rem > half || (rem == half && (sticky || (kept & 1))))
    ++kept;
  return std::ldexp(static_cast<double>(kept), static_cast<int>(lsb_exp));
}

} // namespace

double mpz_ratio_to_double(mpz_srcptr a, mpz_srcptr b, bool* overflow) noexcept {
  *overflow = false;
  int sa = mpz_sgn(a), sb = mpz_sgn(b);
  if (sa == 0)
    return sb < 0 ? -0.0 : 0.0;
  bool negative = (sa < 0) != (sb < 0);
  int64_t na = static_cast<int64_t>(mpz_sizeinbase(a, 2));
  int64_t nb = static_cast<int64_t>(mpz_sizeinbase(b, 2));
  int64_t e = na - nb; // |a/b| in [2**(e-1), 2**(e+1))
  if (e > 1025) {
    *overflow = true;
    return 0.0;
  }
  if (e < -1080)
    return negative ? -0.0 : 0.0;
  // q = floor(|a| * 2**s / |b|) has 56 or 57 bits.
  int64_t s = 56 - e;
  mpz_t num, den, q, r;
  mpz_inits(num, den, q, r, nullptr);
  mpz_abs(num, a);
  mpz_abs(den, b);
  if (s > 0)
    mpz_mul_2exp(num, num, static_cast<mp_bitcnt_t>(s));
  else if (s < 0)
    mpz_mul_2exp(den, den, static_cast<mp_bitcnt_t>(-s));
  mpz_tdiv_qr(q, r, num, den);
  uint64_t qv = mpz_get_ui(q);
  bool sticky = mpz_sgn(r) != 0;
  mpz_clears(num, den, q, r, nullptr);
  double d = round_scaled(qv, sticky, -s);
  if (std::isinf(d)) {
    *overflow = true;
    return 0.0;
  }
  return negative ? -d : d;
}

double mpz_to_double(mpz_srcptr a, bool* overflow) noexcept {
  mpz_t one;
  mpz_init_set_ui(one, 1);
  double d = mpz_ratio_to_double(a, one, overflow);
  mpz_clear(one);
  return d;
}

Object* int_add(Object* a, Object* b) {
  CHECK_BINOP(a, b);
  int64_t r;
  if (both_small(a, b) && !__builtin_add_overflow(int_small_value(a), int_small_value(b), &r))
    return int_from_i64(r);
  return big_binop(a, b, [](mpz_ptr r, mpz_srcptr x, mpz_srcptr y) { mpz_add(r, x, y); });
}

Object* int_sub(Object* a, Object* b) {
  CHECK_BINOP(a, b);
  int64_t r;
  if (both_small(a, b) && !__builtin_sub_overflow(int_small_value(a), int_small_value(b), &r))
    return int_from_i64(r);
  return big_binop(a, b, [](mpz_ptr r, mpz_srcptr x, mpz_srcptr y) { mpz_sub(r, x, y); });
}

Object* int_mul(Object* a, Object* b) {
  CHECK_BINOP(a, b);
  int64_t r;
  if (both_small(a, b) && !__builtin_mul_overflow(int_small_value(a), int_small_value(b), &r))
    return int_from_i64(r);
  return big_binop(a, b, [](mpz_ptr r, mpz_srcptr x, mpz_srcptr y) { mpz_mul(r, x, y); });
}

Object* int_floordiv(Object* a, Object* b) {
  CHECK_BINOP(a, b);
  if (int_is_zero(b))
    return err_set_string(ZeroDivisionError, "integer division or modulo by zero");
  if (both_small(a, b)) {
    int64_t x = int_small_value(a), y = int_small_value(b);
    if (!(x == INT64_MIN && y == -1)) {
      int64_t q = x / y;
      if (x % y != 0 && ((x < 0) != (y < 0)))
        --q;
      return int_from_i64(q);
    }
  }
  return big_binop(a, b, [](mpz_ptr r, mpz_srcptr x, mpz_srcptr y) { mpz_fdiv_q(r, x, y); });
}

Object* int_mod(Object* a, Object* b) {
  CHECK_BINOP(a, b);
  if (int_is_zero(b))
    return err_set_string(ZeroDivisionError, "integer modulo by zero");
  if (both_small(a, b)) {
    int64_t x = int_small_value(a), y = int_small_value(b);
    if (y == -1)
      return int_from_i64(0);
    int64_t r = x % y;
    if (r != 0 && ((r < 0) != (y < 0)))
      r += y;
    return int_from_i64(r);
  }
  return big_binop(a, b, [](mpz_ptr r, mpz_srcptr x, mpz_srcptr y) { mpz_fdiv_r(r, x, y); });
}

Object* int_divmod(Object* a, Object* b) {
  CHECK_BINOP(a, b);
  if (int_is_zero(b))
    return err_set_string(ZeroDivisionError, "integer division or modulo by zero");
  Object *q, *r;
  if (both_small(a, b) && !(int_small_value(a) == INT64_MIN && int_small_value(b) == -1)) {
    int64_t x = int_small_value(a), y = int_small_value(b);
    int64_t qq = x / y, rr = x % y;
    if (rr != 0 && ((rr < 0) != (y < 0))) {
      --qq;
      rr += y;
    }
    q = int_from_i64(qq);
    r = int_from_i64(rr);
  } else {
    MpzView va(a), vb(b);
    mpz_t mq, mr;
    mpz_inits(mq, mr, nullptr);
    mpz_fdiv_qr(mq, mr, va, vb);
    q = int_steal_mpz(mq);
    r = int_steal_mpz(mr);
  }
  if (!q || !r) {
    xdecref(q);
    xdecref(r);
    return nullptr;
  }
  Object* t = tuple_pack({q, r});
  decref(q);
  decref(r);
  return t;
}

Object* int_truediv(Object* a, Object* b) {
  CHECK_BINOP(a, b);
  if (int_is_zero(b))
    return err_set_string(ZeroDivisionError, "division by zero");
  constexpr int64_t kExact = int64_t(1) << 53;
  if (both_small(a, b)) {
    int64_t x = int_small_value(a), y = int_small_value(b);
    if (x >= -kExact && x <= kExact && y >= -kExact && y <= kExact)
      return float_from_double(static_cast<double>(x) / static_cast<double>(y));
  }
  MpzView va(a), vb(b);
  bool overflow = false;
  double d = mpz_ratio_to_double(va, vb, &overflow);
  if (overflow)
    return err_set_string(OverflowError, "integer division result too large for a float");
  return float_from_double(d);
}

namespace {

Object* float_pow_doubles(Object* a, Object* b) {
  double x = int_as_double(a);
  if (x == -1.0 && err_occurred())
    return nullptr;
  double y = int_as_double(b);
  if (y == -1.0 && err_occurred())
    return nullptr;
  Object* fx = float_from_double(x);
  if (!fx)
    return nullptr;
  Object* fy = float_from_double(y);
  if (!fy) {
    decref(fx);
    return nullptr;
  }
  Object* r = FloatType.as_number->power(fx, fy, None);
  decref(fx);
  decref(fy);
  return r;
}

} // namespace

Object* int_pow(Object* a, Object* b, Object* m) {
  if (!int_check(a) || !int_check(b))
    return newref(NotImplemented);
  if (m != None && !int_check(m))
    return newref(NotImplemented);
  bool neg_exp = int_sign(b) < 0;
  if (m == None) {
    if (neg_exp)
      return float_pow_doubles(a, b);
    // Trivial bases first: their powers never grow.
    if (int_is_small(a)) {
      int64_t x = int_small_value(a);
      if (x == 0)
        return int_from_i64(int_is_zero(b) ? 1 : 0);
      if (x == 1)
        return int_from_i64(1);
      if (x == -1) {
        MpzView vb(b);
        return int_from_i64(mpz_odd_p(vb.get()) ? -1 : 1);
      }
    }
    if (!int_is_small(b) || uint64_t(int_small_value(b)) * int_bit_length(a) > kMaxResultBits)
      return err_no_memory();
    uint64_t e = static_cast<uint64_t>(int_small_value(b));
    if (int_is_small(a)) {
      // Square-and-multiply in int64 while nothing overflows.
      int64_t base = int_small_value(a), acc = 1;
      uint64_t k = e;
      bool ok = true;
      while (k) {
        if (k & 1)
          ok = ok && !__builtin_mul_overflow(acc, base, &acc);
        k >>= 1;
        if (k)
          ok = ok && !__builtin_mul_overflow(base, base, &base);
        if (!ok)
          break;
      }
      if (ok)
        return int_from_i64(acc);
    }
    MpzView va(a);
    mpz_t r;
    mpz_init(r);
    mpz_pow_ui(r, va, static_cast<unsigned long>(e));
    return int_steal_mpz(r);
  }
  // Three-argument pow.
  if (int_is_zero(m))
    return err_set_string(ValueError, "pow() 3rd argument cannot be 0");
  MpzView va(a), vb(b), vm(m);
  mpz_t mod, base, exp, r;
  mpz_inits(mod, base, exp, r, nullptr);
  mpz_abs(mod, vm);
  mpz_mod(base, va, mod);
  mpz_abs(exp, vb);
  Object* result = nullptr;
  if (mpz_cmp_ui(mod, 1) == 0) {
    result = int_from_i64(0);
  } else if (neg_exp && mpz_invert(base, base, mod) == 0) {
    err_set_string(ValueError, "base is not invertible for the given modulus");
  } else {
    mpz_powm(r, base, exp, mod);
    if (mpz_sgn(vm.get()) < 0 && mpz_sgn(r) != 0)
      mpz_sub(r, r, mod); // the result takes the modulus' sign
    result = int_from_mpz(r);
  }
  mpz_clears(mod, base, exp, r, nullptr);
  return result;
}

Object* int_neg(Object* a) {
  if (int_is_small(a) && int_small_value(a) != INT64_MIN)
    return int_from_i64(-int_small_value(a));
  MpzView va(a);
  mpz_t r;
  mpz_init(r);
  mpz_neg(r, va);
  return int_steal_mpz(r);
}

Object* int_pos(Object* a) {
  return int_copy_exact(a);
}

Object* int_abs(Object* a) {
  if (int_sign(a) < 0)
    return int_neg(a);
  return int_copy_exact(a);
}

Object* int_invert(Object* a) {
  if (int_is_small(a))
    return int_from_i64(~int_small_value(a));
  MpzView va(a);
  mpz_t r;
  mpz_init(r);
  mpz_com(r, va);
  return int_steal_mpz(r);
}

Object* int_lshift(Object* a, Object* b) {
  CHECK_BINOP(a, b);
  if (int_sign(b) < 0)
    return err_set_string(ValueError, "negative shift count");
  if (int_is_zero(a))
    return int_from_i64(0);
  if (!int_is_small(b))
    return err_set_string(OverflowError, "too many digits in integer");
  uint64_t n = static_cast<uint64_t>(int_small_value(b));
  if (int_is_small(a) && n < 63) {
    int64_t x = int_small_value(a);
    int64_t r = static_cast<int64_t>(static_cast<uint64_t>(x) << n);
    if ((r >> n) == x)
      return int_from_i64(r);
  }
  if (n + int_bit_length(a) > kMaxResultBits)
    return err_no_memory();
  MpzView va(a);
  mpz_t r;
  mpz_init(r);
  mpz_mul_2exp(r, va, static_cast<mp_bitcnt_t>(n));
  return int_steal_mpz(r);
}

Object* int_rshift(Object* a, Object* b) {
  CHECK_BINOP(a, b);
  if (int_sign(b) < 0)
    return err_set_string(ValueError, "negative shift count");
  int sa = int_sign(a);
  if (!int_is_small(b) || uint64_t(int_small_value(b)) >= int_bit_length(a))
    return int_from_i64(sa < 0 ? -1 : 0);
  uint64_t n = static_cast<uint64_t>(int_small_value(b));
  if (int_is_small(a))
    return int_from_i64(n >= 64 ? (sa < 0 ? -1 : 0) : (int_small_value(a) >> n)); // arithmetic shift floors
  MpzView va(a);
  mpz_t r;
  mpz_init(r);
  mpz_fdiv_q_2exp(r, va, static_cast<mp_bitcnt_t>(n));
  return int_steal_mpz(r);
}

Object* int_and(Object* a, Object* b) {
  CHECK_BINOP(a, b);
  if (both_small(a, b))
    return int_from_i64(int_small_value(a) & int_small_value(b));
  return big_binop(a, b, [](mpz_ptr r, mpz_srcptr x, mpz_srcptr y) { mpz_and(r, x, y); });
}

Object* int_or(Object* a, Object* b) {
  CHECK_BINOP(a, b);
  if (both_small(a, b))
    return int_from_i64(int_small_value(a) | int_small_value(b));
  return big_binop(a, b, [](mpz_ptr r, mpz_srcptr x, mpz_srcptr y) { mpz_ior(r, x, y); });
}

Object* int_xor(Object* a, Object* b) {
  CHECK_BINOP(a, b);
  if (both_small(a, b))
    return int_from_i64(int_small_value(a) ^ int_small_value(b));
  return big_binop(a, b, [](mpz_ptr r, mpz_srcptr x, mpz_srcptr y) { mpz_xor(r, x, y); });
}

Object* int_float(Object* a) {
  double d = int_as_double(a);
  if (d == -1.0 && err_occurred())
    return nullptr;
  return float_from_double(d);
}

int int_bool(Object* a) {
  return int_is_zero(a) ? 0 : 1;
}

Object* int_round_ndigits(Object* a, Object* ndigits) {
  Object* nd = number_index(ndigits);
  if (!nd)
    return nullptr;
  int sign = int_sign(nd);
  if (sign >= 0) {
    decref(nd);
    return int_copy_exact(a);
  }
  // Round to a multiple of 10**k, k = -ndigits, ties to even.
  bool big_k = !int_is_small(nd);
  int64_t k = big_k ? 0 : -int_small_value(nd);
  decref(nd);
  // 10**k > 2*|a| means the result is 0 (ties too, as 0 is even).
  if (big_k || double(k) > double(int_bit_length(a)) * 0.30103 + 2)
    return int_from_i64(0);
  MpzView va(a);
  mpz_t p, q, r, twice;
  mpz_inits(p, q, r, twice, nullptr);
  mpz_ui_pow_ui(p, 10, static_cast<unsigned long>(k));
  mpz_fdiv_qr(q, r, va, p);
  mpz_mul_2exp(twice, r, 1);
  int c = mpz_cmp(twice, p);
  if (c > 0 || (c == 0 && mpz_odd_p(q)))
    mpz_add_ui(q, q, 1);
  mpz_mul(q, q, p);
  mpz_clears(p, r, twice, nullptr);
  return int_steal_mpz(q);
}

} // namespace coil
