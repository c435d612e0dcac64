// int and bool.
//
// Invariants
// - An IntObject holds its value either in `small` (when it fits in int64)
//   or in `big` (a GMP integer) when it does not; `is_big` says which. A
//   value that fits in int64 is ALWAYS stored small (normalised), so
//   equality of representations is equality of values.
// - Every operation that yields a value in -5..256 returns the cached
//   object (CPython's small-int cache), for exact ints (not subclasses).
// - bool is a subclass of int; True and False are the only two bools.
#pragma once

#include <gmp.h>

#include <cstdint>
#include <string>

#include "runtime/object.h"

namespace coil {

struct IntObject : Object {
  bool is_big;
  int64_t small;
  mpz_t big; // initialised only when is_big
};

inline bool int_check(Object* o) noexcept {
  return type_has_flag(o->type, TPFLAG_LONG_SUBCLASS);
}
inline bool int_check_exact(Object* o) noexcept {
  return o->type == &IntType;
}
inline bool bool_check(Object* o) noexcept {
  return o->type == &BoolType;
}

constexpr int SMALL_INT_MIN = -5;
constexpr int SMALL_INT_MAX = 256;

Object* int_from_i64(int64_t v);
Object* int_from_u64(uint64_t v);
Object* int_from_mpz(const mpz_t v); // copies; normalises
Object* int_from_double(double v);   // OverflowError for inf, ValueError for nan
// Parses Python int literal/int() text in `base` (0 = literal rules with
// prefixes and '_'), CPython's error "invalid literal for int() with base 10: 'x'".
Object* int_from_string(std::string_view text, int base);
// Literal from source (no sign, may have prefix and underscores): never fails on a valid token.
Object* int_from_literal(std::string_view token);

// Value access. int_as_i64 sets *overflow (and returns 0) when out of range, no exception.
int64_t int_as_i64(Object* o, bool* overflow) noexcept;
// Raises OverflowError "Python int too large to convert to C ssize_t" when out of range.
ssize int_as_ssize(Object* o);
// operator.index(o) as a C int (CPython's _PyLong_AsInt of an index):
// TypeError "'X' object cannot be interpreted as an integer", OverflowError
// "Python int too large to convert to C int". Returns false with the error set.
bool index_as_c_int(Object* o, int* out);
double int_as_double(Object* o);                // OverflowError "int too large to convert to float"
void int_to_mpz(Object* o, mpz_t out) noexcept; // out must be initialised
int int_sign(Object* o) noexcept;               // -1, 0, 1
bool int_is_zero(Object* o) noexcept;
// int -> decimal string, honouring sys.set_int_max_str_digits.
Object* int_to_decimal_str(Object* o);
std::string int_to_string(Object* o, int base); // no limit check; base 2..36; "0x" prefixes not added
hash_t int_hash_value(Object* o) noexcept;      // CPython's numeric hash (mod 2**61-1)
int int_compare(Object* a, Object* b) noexcept; // -1/0/1, both ints

// Booleans. The two objects are never freed.
extern IntObject TrueObject;
extern IntObject FalseObject;
inline Object* const True = &TrueObject;
inline Object* const False = &FalseObject;
inline Object* bool_from(bool b) noexcept {
  return newref(b ? True : False);
}

} // namespace coil
