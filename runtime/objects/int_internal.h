// Private helpers shared by int.cpp, int_arith.cpp, int_convert.cpp,
// bool.cpp, float*.cpp and complex.cpp. Not a public contract.
//
// Invariants
// - MpzView gives a read-only mpz for any int (a temporary for small
//   values), valid while the view and the int live.
// - int_steal_mpz takes ownership of an initialised mpz_t (the caller must
//   neither clear nor reuse it) and returns a normalised int.
#pragma once

#include <gmp.h>

#include <initializer_list>
#include <string>
#include <string_view>

#include "runtime/objects/int.h"

namespace coil {

class MpzView {
public:
  explicit MpzView(Object* o) noexcept {
    IntObject* i = static_cast<IntObject*>(o);
    if (i->is_big) {
      p_ = i->big;
    } else {
      mpz_init_set_si(tmp_, i->small);
      owns_ = true;
      p_ = tmp_;
    }
  }
  ~MpzView() {
    if (owns_)
      mpz_clear(tmp_);
  }
  MpzView(const MpzView&) = delete;
  MpzView& operator=(const MpzView&) = delete;
  mpz_srcptr get() const noexcept { return p_; }
  operator mpz_srcptr() const noexcept { return p_; }

private:
  mpz_t tmp_;
  mpz_srcptr p_;
  bool owns_ = false;
};

inline bool int_is_small(Object* o) noexcept {
  return !static_cast<IntObject*>(o)->is_big;
}
inline int64_t int_small_value(Object* o) noexcept {
  return static_cast<IntObject*>(o)->small;
}

Object* int_steal_mpz(mpz_t v);    // takes ownership
Object* int_copy_exact(Object* o); // the same value as an exact int (newref if already exact)
// Allocates an instance of `type` (an int subclass) holding the value of the exact int `value`.
Object* int_subtype_from(TypeObject* type, Object* value);
// Bit length of |o| (0 for 0).
uint64_t int_bit_length(Object* o) noexcept;
// a / b correctly rounded (round-half-even), b != 0; *overflow set when
// the result is too large for a double.
double mpz_ratio_to_double(mpz_srcptr a, mpz_srcptr b, bool* overflow) noexcept;
double mpz_to_double(mpz_srcptr a, bool* overflow) noexcept;

// int's number slots (int_arith.cpp), reused by bool.
Object* int_add(Object* a, Object* b);
Object* int_sub(Object* a, Object* b);
Object* int_mul(Object* a, Object* b);
Object* int_floordiv(Object* a, Object* b);
Object* int_mod(Object* a, Object* b);
Object* int_divmod(Object* a, Object* b);
Object* int_truediv(Object* a, Object* b);
Object* int_pow(Object* a, Object* b, Object* m);
Object* int_neg(Object* a);
Object* int_pos(Object* a);
Object* int_abs(Object* a);
Object* int_invert(Object* a);
Object* int_lshift(Object* a, Object* b);
Object* int_rshift(Object* a, Object* b);
Object* int_and(Object* a, Object* b);
Object* int_or(Object* a, Object* b);
Object* int_xor(Object* a, Object* b);
Object* int_float(Object* a);
int int_bool(Object* a);
// int.__round__ with an int ndigits (banker's rounding to 10**-ndigits).
Object* int_round_ndigits(Object* a, Object* ndigits);

// int.__format__ (int_convert.cpp).
Object* int_format_method(Object* self, Object* spec);
// Parses int() text; `orig` (str/bytes/bytearray or nullptr) is shown in
// the error message. base 0 or 2..36 (checked by the caller).
Object* int_parse(std::string_view text, int base, Object* orig);

// int.to_bytes / int.from_bytes (int_convert.cpp).
Object* int_to_bytes_m(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* int_from_bytes_m(Object* type, Object* const* args, ssize nargs, Object* kwnames);
// The text of a str for int()/float() parsing: UTF-8 with Unicode decimal
// digits mapped to ASCII digits and Unicode white space to ' ' (as CPython).
std::string number_text_from_str(Object* s);

// float helpers (float_repr.cpp, float.cpp, complex.cpp).
Object* float_parse(std::string_view text, Object* orig); // orig shown in the error, may be nullptr
std::string float_hex(double v);
Object* float_fromhex_text(std::string_view s);
// CONVERT_TO_DOUBLE: float or int operand -> 1; other types -> 0; -1 on error (int overflow).
int number_to_double(Object* o, double* out);
// complex ** complex with CPython's rules (ZeroDivisionError, OverflowError).
Object* complex_pow_values(double ar, double ai, double br, double bi);

// Small argument parser for METH_FASTCALL|METH_KEYWORDS methods of the
// number types. names: parameter names in order; the first `npos_only`
// are positional-only, those from `kw_only_from` on are keyword-only
// (pass names.size() for none). Unfilled outputs are nullptr (borrowed).
int parse_fast_args(const char* fname, Object* const* args, ssize nargs, Object* kwnames,
                    std::initializer_list<const char*> names, int npos_only, int kw_only_from, int required,
                    Object** out);

} // namespace coil
