// int: the type object, allocation, the small-int cache, value access,
// comparison, hashing, the constructor and the Python-level methods.
//
// Invariants (see also runtime/objects/int.h)
// - Values that fit in int64 are stored small; big values live in a GMP
//   mpz_t owned by the object and cleared in dealloc.
// - Values in SMALL_INT_MIN..SMALL_INT_MAX produced for exact ints always
//   come from `small_ints` (constant-initialised at STATIC_REFCNT, never
//   freed).
// - Slots and methods return exact ints even for subclass operands.
#include <gmp.h>

#include <array>
#include <bit>
#include <climits>
#include <cmath>
#include <cstring>
#include <utility>

#include "runtime/errors.h"
#include "runtime/hash.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int_internal.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type.h"
#include "runtime/runtime.h"

namespace coil {

namespace {

constexpr int kNumSmall = SMALL_INT_MAX - SMALL_INT_MIN + 1;

template <size_t... I> constexpr std::array<IntObject, kNumSmall> make_small_ints(std::index_sequence<I...>) {
  return {IntObject{{STATIC_REFCNT, &IntType}, false, int64_t(I) + SMALL_INT_MIN, {}}...};
}

constinit std::array<IntObject, kNumSmall> small_ints =
    make_small_ints(std::make_index_sequence<kNumSmall>());

IntObject* int_alloc_exact() {
  return static_cast<IntObject*>(object_alloc(&IntType, sizeof(IntObject)));
}

} // namespace

// ---------------------------------------------------------------- creation

Object* int_from_i64(int64_t v) {
  if (v >= SMALL_INT_MIN && v <= SMALL_INT_MAX)
    return newref(static_cast<Object*>(&small_ints[v - SMALL_INT_MIN]));
  IntObject* o = int_alloc_exact();
  if (!o)
    return nullptr;
  o->is_big = false;
  o->small = v;
  return o;
}

Object* int_from_u64(uint64_t v) {
  if (v <= uint64_t(INT64_MAX))
    return int_from_i64(static_cast<int64_t>(v));
  mpz_t z;
  mpz_init(z);
  mpz_import(z, 1, 1, sizeof v, 0, 0, &v);
  return int_steal_mpz(z);
}

Object* int_from_mpz(const mpz_t v) {
  if (mpz_fits_slong_p(v))
    return int_from_i64(mpz_get_si(v));
  IntObject* o = int_alloc_exact();
  if (!o)
    return nullptr;
  o->is_big = true;
  mpz_init_set(o->big, v);
  return o;
}

Object* int_steal_mpz(mpz_t v) {
  if (mpz_fits_slong_p(v)) {
    int64_t s = mpz_get_si(v);
    mpz_clear(v);
    return int_from_i64(s);
  }
  IntObject* o = int_alloc_exact();
  if (!o) {
    mpz_clear(v);
    return nullptr;
  }
  o->is_big = true;
  o->big[0] = v[0]; // GMP integers move by copying the descriptor
  return o;
}

Object* int_copy_exact(Object* o) {
  if (int_check_exact(o))
    return newref(o);
  IntObject* i = static_cast<IntObject*>(o);
  if (!i->is_big)
    return int_from_i64(i->small);
  return int_from_mpz(i->big);
}

Object* int_subtype_from(TypeObject* type, Object* value) {
  IntObject* o = static_cast<IntObject*>(type_generic_alloc(type, 0));
  if (!o)
    return nullptr;
  IntObject* v = static_cast<IntObject*>(value);
  o->is_big = v->is_big;
  o->small = v->small;
  if (v->is_big)
    mpz_init_set(o->big, v->big);
  return o;
}

Object* int_from_double(double v) {
  if (std::isnan(v))
    return err_set_string(ValueError, "cannot convert float NaN to integer");
  if (std::isinf(v))
    return err_set_string(OverflowError, "cannot convert float infinity to integer");
  double t = std::trunc(v);
  if (t >= -9223372036854775808.0 && t < 9223372036854775808.0)
    return int_from_i64(static_cast<int64_t>(t));
  mpz_t z;
  mpz_init_set_d(z, t); // exact: t is integral
  return int_steal_mpz(z);
}

// ---------------------------------------------------------------- access

int64_t int_as_i64(Object* o, bool* overflow) noexcept {
  IntObject* i = static_cast<IntObject*>(o);
  if (i->is_big) {
    *overflow = true;
    return 0;
  }
  *overflow = false;
  return i->small;
}

ssize int_as_ssize(Object* o) {
  IntObject* i = static_cast<IntObject*>(o);
  if (i->is_big) {
    err_set_string(OverflowError, "Python int too large to convert to C ssize_t");
    return -1;
  }
  return static_cast<ssize>(i->small);
}

double int_as_double(Object* o) {
  IntObject* i = static_cast<IntObject*>(o);
  if (!i->is_big)
    return static_cast<double>(i->small);
  bool overflow = false;
  double d = mpz_to_double(i->big, &overflow);
  if (overflow) {
    err_set_string(OverflowError, "int too large to convert to float");
    return -1.0;
  }
  return d;
}

void int_to_mpz(Object* o, mpz_t out) noexcept {
  IntObject* i = static_cast<IntObject*>(o);
  if (i->is_big)
    mpz_set(out, i->big);
  else
    mpz_set_si(out, i->small);
}

int int_sign(Object* o) noexcept {
  IntObject* i = static_cast<IntObject*>(o);
  if (i->is_big)
    return mpz_sgn(i->big);
  return i->small < 0 ? -1 : (i->small > 0 ? 1 : 0);
}

bool int_is_zero(Object* o) noexcept {
  IntObject* i = static_cast<IntObject*>(o);
  return !i->is_big && i->small == 0;
}

uint64_t int_bit_length(Object* o) noexcept {
  IntObject* i = static_cast<IntObject*>(o);
  if (i->is_big)
    return mpz_sizeinbase(i->big, 2);
  uint64_t mag = i->small < 0 ? uint64_t(0) - uint64_t(i->small) : uint64_t(i->small);
  return 64 - std::countl_zero(mag);
}

int int_compare(Object* a, Object* b) noexcept {
  IntObject* x = static_cast<IntObject*>(a);
  IntObject* y = static_cast<IntObject*>(b);
  if (!x->is_big && !y->is_big)
    return x->small < y->small ? -1 : (x->small > y->small ? 1 : 0);
  MpzView vx(a), vy(b);
  int c = mpz_cmp(vx, vy);
  return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

hash_t int_hash_value(Object* o) noexcept {
  IntObject* i = static_cast<IntObject*>(o);
  if (!i->is_big)
    return hash_i64(i->small);
  uint64_t r = mpz_tdiv_ui(i->big, HASH_MODULUS); // |remainder|
  hash_t h = mpz_sgn(i->big) < 0 ? -static_cast<hash_t>(r) : static_cast<hash_t>(r);
  return h == -1 ? -2 : h;
}

// ---------------------------------------------------------------- slots

namespace {

void int_dealloc(Object* o) {
  IntObject* i = static_cast<IntObject*>(o);
  if (i->is_big)
    mpz_clear(i->big);
  TypeObject* t = o->type;
  if (t->free_)
    t->free_(o);
  else
    object_free(o);
}

Object* int_repr(Object* o) {
  return int_to_decimal_str(o);
}

hash_t int_hash(Object* o) {
  return int_hash_value(o);
}

Object* int_richcompare(Object* a, Object* b, int op) {
  if (!int_check(a) || !int_check(b))
    return newref(NotImplemented);
  int c = int_compare(a, b);
  bool r = false;
  switch (op) {
  case CMP_LT:
    r = c < 0;
    break;
  case CMP_LE:
    r = c <= 0;
    break;
  case CMP_EQ:
    r = c == 0;
    break;
  case CMP_NE:
    r = c != 0;
    break;
  case CMP_GT:
    r = c > 0;
    break;
  case CMP_GE:
    r = c >= 0;
    break;
  }
  return bool_from(r);
}

Object* int_from_args(Object* x, Object* base) {
  if (!x) {
    if (base)
      return err_set_string(TypeError, "int() missing string argument");
    return int_from_i64(0);
  }
  if (!base)
    return number_long(x);
  ssize b = number_as_ssize(base, nullptr);
  if (b == -1 && err_occurred())
    return nullptr;
  if (b != 0 && (b < 2 || b > 36))
    return err_set_string(ValueError, "int() base must be >= 2 and <= 36, or 0");
  if (str_check(x)) {
    std::string text = number_text_from_str(x);
    return int_parse(text, static_cast<int>(b), x);
  }
  if (bytes_check(x))
    return int_parse(bytes_view(x), static_cast<int>(b), x);
  if (bytearray_check(x)) {
    ByteArrayObject* ba = static_cast<ByteArrayObject*>(x);
    return int_parse(std::string_view(ba->buffer ? ba->buffer : "", size_t(ba->size)), static_cast<int>(b),
                     x);
  }
  return err_set_string(TypeError, "int() can't convert non-string with explicit base");
}

Object* int_new(TypeObject* type, Object* args, Object* kwargs) {
  ssize nargs = args ? tuple_size(args) : 0;
  if (nargs > 2)
    return err_format(TypeError, "int() takes at most 2 arguments ({} given)", nargs);
  Object* x = nargs > 0 ? tuple_get(args, 0) : nullptr;
  Object* base = nargs > 1 ? tuple_get(args, 1) : nullptr;
  if (kwargs && dict_size(kwargs) > 0) {
    ssize pos = 0;
    Object *k, *v;
    while (dict_next(kwargs, &pos, &k, &v)) {
      if (str_check(k) && str_equal_ascii(k, "base")) {
        if (base)
          return err_set_string(TypeError, "argument for int() given by name ('base') and position (2)");
        base = v;
      } else {
        return err_format(TypeError, "'{}' is an invalid keyword argument for int()",
                          str_check(k) ? str_to_std(k) : std::string("?"));
      }
    }
  }
  Object* r = int_from_args(x, base);
  if (!r || type == &IntType)
    return r;
  Object* sub = int_subtype_from(type, r);
  decref(r);
  return sub;
}

// ---------------------------------------------------------------- methods

Object* int_bit_length_m(Object* self, Object*) {
  return int_from_u64(int_bit_length(self));
}

Object* int_bit_count_m(Object* self, Object*) {
  IntObject* i = static_cast<IntObject*>(self);
  if (!i->is_big) {
    uint64_t mag = i->small < 0 ? uint64_t(0) - uint64_t(i->small) : uint64_t(i->small);
    return int_from_i64(std::popcount(mag));
  }
  mpz_t a;
  mpz_init(a);
  mpz_abs(a, i->big);
  uint64_t n = mpz_popcount(a);
  mpz_clear(a);
  return int_from_u64(n);
}

Object* int_self_exact(Object* self, Object*) {
  return int_copy_exact(self);
}

Object* int_as_integer_ratio(Object* self, Object*) {
  Object* n = int_copy_exact(self);
  if (!n)
    return nullptr;
  Object* one = int_from_i64(1);
  Object* t = tuple_pack({n, one});
  decref(n);
  decref(one);
  return t;
}

Object* int_getnewargs(Object* self, Object*) {
  Object* n = int_copy_exact(self);
  if (!n)
    return nullptr;
  Object* t = tuple_pack({n});
  decref(n);
  return t;
}

Object* int_sizeof(Object* self, Object*) {
  // CPython's layout: a 24-byte header plus one 4-byte digit per 30 bits.
  uint64_t bits = int_bit_length(self);
  uint64_t digits = (bits + 29) / 30;
  if (digits == 0)
    digits = 1; // 3.11 counts one digit for 0 (and False)
  ssize base = self->type->basicsize > ssize(sizeof(IntObject)) ? self->type->basicsize : 24;
  if (self->type == &IntType || self->type == &BoolType)
    base = 24;
  return int_from_u64(uint64_t(base) + 4 * digits);
}

Object* int_round_m(Object* self, Object* const* args, ssize nargs) {
  if (nargs > 1)
    return err_format(TypeError, "__round__ expected at most 1 argument, got {}", nargs);
  if (nargs == 0)
    return int_copy_exact(self);
  return int_round_ndigits(self, args[0]);
}

Object* int_format_m(Object* self, Object* spec) {
  return int_format_method(self, spec);
}

Object* int_get_self(Object* self, void*) {
  return int_copy_exact(self);
}
Object* int_get_zero(Object*, void*) {
  return int_from_i64(0);
}
Object* int_get_one(Object*, void*) {
  return int_from_i64(1);
}

MethodDef int_methods[] = {
    {"conjugate", int_self_exact, METH_NOARGS, "Returns self, the complex conjugate of any int."},
    {"bit_length", int_bit_length_m, METH_NOARGS, "Number of bits necessary to represent self in binary."},
    {"bit_count", int_bit_count_m, METH_NOARGS,
     "Number of ones in the binary representation of the absolute value of self."},
    {"to_bytes", reinterpret_cast<MethodFn>(int_to_bytes_m), METH_FASTCALL | METH_KEYWORDS,
     "Return an array of bytes representing an integer."},
    {"from_bytes", reinterpret_cast<MethodFn>(int_from_bytes_m), METH_FASTCALL | METH_KEYWORDS | METH_CLASS,
     "Return the integer represented by the given array of bytes."},
    {"as_integer_ratio", int_as_integer_ratio, METH_NOARGS, "Return integer ratio."},
    {"__trunc__", int_self_exact, METH_NOARGS, "Truncating an Integral returns itself."},
    {"__floor__", int_self_exact, METH_NOARGS, "Flooring an Integral returns itself."},
    {"__ceil__", int_self_exact, METH_NOARGS, "Ceiling of an Integral returns itself."},
    {"__round__", reinterpret_cast<MethodFn>(int_round_m), METH_FASTCALL,
     "Rounding an Integral returns itself."},
    {"__getnewargs__", int_getnewargs, METH_NOARGS, nullptr},
    {"__format__", int_format_m, METH_O, "Convert to a string according to format_spec."},
    {"__sizeof__", int_sizeof, METH_NOARGS, "Returns size in memory, in bytes."},
    {nullptr, nullptr, 0, nullptr},
};

GetSetDef int_getset[] = {
    {"real", int_get_self, nullptr, "the real part of a complex number", nullptr},
    {"imag", int_get_zero, nullptr, "the imaginary part of a complex number", nullptr},
    {"numerator", int_get_self, nullptr, "the numerator of a rational number in lowest terms", nullptr},
    {"denominator", int_get_one, nullptr, "the denominator of a rational number in lowest terms", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

NumberMethods int_as_number = {
    .add = int_add,
    .subtract = int_sub,
    .multiply = int_mul,
    .remainder = int_mod,
    .divmod = int_divmod,
    .power = int_pow,
    .negative = int_neg,
    .positive = int_pos,
    .absolute = int_abs,
    .bool_ = int_bool,
    .invert = int_invert,
    .lshift = int_lshift,
    .rshift = int_rshift,
    .and_ = int_and,
    .xor_ = int_xor,
    .or_ = int_or,
    .int_ = int_pos,
    .float_ = int_float,
    .floor_divide = int_floordiv,
    .true_divide = int_truediv,
    .index = int_pos,
};

} // namespace

// ---------------------------------------------------------------- argument parsing

int parse_fast_args(const char* fname, Object* const* args, ssize nargs, Object* kwnames,
                    std::initializer_list<const char*> names, int npos_only, int kw_only_from, int required,
                    Object** out) {
  int n = static_cast<int>(names.size());
  ClinicSpec spec{fname,
                  names.begin(),
                  n,
                  npos_only,
                  required < kw_only_from ? required : kw_only_from,
                  kw_only_from,
                  required > kw_only_from ? required - kw_only_from : 0};
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  return clinic_unpack(spec, args, nargs, nkw ? tuple_items(kwnames) : nullptr, args + nargs, nkw, out) ? 0
                                                                                                        : -1;
}

TypeObject IntType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "int";
  t.basicsize = sizeof(IntObject);
  t.itemsize = 0;
  t.dealloc = int_dealloc;
  t.repr = int_repr;
  t.as_number = &int_as_number;
  t.hash = int_hash;
  t.flags = TPFLAG_BASETYPE | TPFLAG_LONG_SUBCLASS | TPFLAG_IMMUTABLETYPE;
  t.doc = "int([x]) -> integer\nint(x, base=10) -> integer\n\n"
          "Convert a number or string to an integer, or return 0 if no arguments\n"
          "are given.";
  t.richcompare = int_richcompare;
  t.methods = int_methods;
  t.getset = int_getset;
  t.new_ = int_new;
  return t;
}();
COIL_REGISTER_TYPE(IntType);

} // namespace coil
