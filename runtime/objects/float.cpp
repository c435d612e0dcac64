// float: the type object, arithmetic with Python's sign rules, exact
// comparison against ints, hashing and the Python-level methods.
//
// Invariants
// - Arithmetic slots accept float and int operands (ints converted with
//   correct rounding, OverflowError when too large) and return
//   NotImplemented for anything else; results are exact floats.
// - Comparisons between floats and ints are exact (no rounding of the int).
// - NaN hashes by identity (3.10+); other values by the numeric hash.
#include <gmp.h>

#include <cfenv>
#include <cmath>
#include <cstring>

#include "runtime/errors.h"
#include "runtime/format_spec.h"
#include "runtime/hash.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int_internal.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type.h"
#include "runtime/runtime.h"

namespace coil {

Object* float_from_double(double v) {
  FloatObject* o = static_cast<FloatObject*>(object_alloc(&FloatType, sizeof(FloatObject)));
  if (!o)
    return nullptr;
  o->value = v;
  return o;
}

int number_to_double(Object* o, double* out) {
  if (float_check(o)) {
    *out = float_value(o);
    return 1;
  }
  if (int_check(o)) {
    double d = int_as_double(o);
    if (d == -1.0 && err_occurred())
      return -1;
    *out = d;
    return 1;
  }
  return 0;
}

double float_as_double(Object* o) {
  if (float_check(o))
    return float_value(o);
  NumberMethods* nb = o->type->as_number;
  if (nb && nb->float_) {
    Object* r = nb->float_(o);
    if (!r)
      return -1.0;
    if (!float_check(r)) {
      err_format(TypeError, "{}.__float__ returned non-float (type {})", type_name_of(o), type_name_of(r));
      decref(r);
      return -1.0;
    }
    double d = float_value(r);
    decref(r);
    return d;
  }
  if (nb && nb->index) {
    Object* i = number_index(o);
    if (!i)
      return -1.0;
    double d = int_as_double(i);
    decref(i);
    return d;
  }
  err_format(TypeError, "must be real number, not {}", type_name_of(o));
  return -1.0;
}

hash_t float_hash_value(double v) noexcept {
  return hash_double(v);
}

namespace {

#define CONVERT_BOTH(a, b, x, y)                                                                             \
  double x, y;                                                                                               \
  {                                                                                                          \
    int ra = number_to_double(a, &x);                                                                        \
    if (ra <= 0)                                                                                             \
      return ra < 0 ? nullptr : newref(NotImplemented);                                                      \
    int rb = number_to_double(b, &y);                                                                        \
    if (rb <= 0)                                                                                             \
      return rb < 0 ? nullptr : newref(NotImplemented);                                                      \
  }

void float_dealloc(Object* o) {
  TypeObject* t = o->type;
  if (t->free_)
    t->free_(o);
  else
    object_free(o);
}

Object* float_repr_slot(Object* o) {
  return str_from_ascii(float_repr(float_value(o)));
}

hash_t float_hash(Object* o) {
  double v = float_value(o);
  if (std::isnan(v))
    return object_generic_hash(o);
  return hash_double(v);
}

// Exact comparison of a finite double with an int: -1, 0, 1.
int compare_double_int(double d, Object* i) {
  if (int_is_small(i)) {
    int64_t v = int_small_value(i);
    constexpr int64_t kExact = int64_t(1) << 53;
    if (v >= -kExact && v <= kExact) {
      double dv = double(v);
      return d < dv ? -1 : (d > dv ? 1 : 0);
    }
  }
  MpzView vi(i);
  int c = mpz_cmp_d(vi, d); // exact
  return c < 0 ? 1 : (c > 0 ? -1 : 0);
}

Object* float_richcompare(Object* a, Object* b, int op) {
  if (!float_check(a))
    return newref(NotImplemented);
  double x = float_value(a);
  int c;
  if (float_check(b)) {
    double y = float_value(b);
    bool r = false;
    switch (op) {
    case CMP_LT:
      r = x < y;
      break;
    case CMP_LE:
      r = x <= y;
      break;
    case CMP_EQ:
      r = x == y;
      break;
    case CMP_NE:
      r = x != y;
      break;
    case CMP_GT:
      r = x > y;
      break;
    case CMP_GE:
      r = x >= y;
      break;
    }
    return bool_from(r);
  }
  if (!int_check(b))
    return newref(NotImplemented);
  if (std::isnan(x))
    return bool_from(op == CMP_NE);
  if (std::isinf(x))
    c = x > 0 ? 1 : -1;
  else
    c = compare_double_int(x, b);
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

Object* float_add(Object* a, Object* b) {
  CONVERT_BOTH(a, b, x, y);
  return float_from_double(x + y);
}
Object* float_sub(Object* a, Object* b) {
  CONVERT_BOTH(a, b, x, y);
  return float_from_double(x - y);
}
Object* float_mul(Object* a, Object* b) {
  CONVERT_BOTH(a, b, x, y);
  return float_from_double(x * y);
}
Object* float_div(Object* a, Object* b) {
  CONVERT_BOTH(a, b, x, y);
  if (y == 0.0)
    return err_set_string(ZeroDivisionError, "float division by zero");
  return float_from_double(x / y);
}

double py_fmod(double x, double y) {
  double m = std::fmod(x, y);
  if (m != 0.0) {
    if ((y < 0) != (m < 0))
      m += y;
  } else {
    m = std::copysign(0.0, y);
  }
  return m;
}

void py_divmod(double x, double y, double* fdiv, double* mod) {
  double m = std::fmod(x, y);
  double div = (x - m) / y;
  if (m != 0.0) {
    if ((y < 0) != (m < 0)) {
      m += y;
      div -= 1.0;
    }
  } else {
    m = std::copysign(0.0, y);
  }
  double fd;
  if (div != 0.0) {
    fd = std::floor(div);
    if (div - fd > 0.5)
      fd += 1.0;
  } else {
    fd = std::copysign(0.0, x / y);
  }
  *fdiv = fd;
  *mod = m;
}

Object* float_mod(Object* a, Object* b) {
  CONVERT_BOTH(a, b, x, y);
  if (y == 0.0)
    return err_set_string(ZeroDivisionError, "float modulo");
  return float_from_double(py_fmod(x, y));
}

Object* float_floordiv(Object* a, Object* b) {
  CONVERT_BOTH(a, b, x, y);
  if (y == 0.0)
    return err_set_string(ZeroDivisionError, "float floor division by zero");
  double d, m;
  py_divmod(x, y, &d, &m);
  return float_from_double(d);
}

Object* float_divmod(Object* a, Object* b) {
  CONVERT_BOTH(a, b, x, y);
  if (y == 0.0)
    return err_set_string(ZeroDivisionError, "float divmod()");
  double d, m;
  py_divmod(x, y, &d, &m);
  Object* fd = float_from_double(d);
  Object* fm = fd ? float_from_double(m) : nullptr;
  if (!fm) {
    xdecref(fd);
    return nullptr;
  }
  Object* t = tuple_pack({fd, fm});
  decref(fd);
  decref(fm);
  return t;
}

bool is_odd_integer(double w) {
  return std::fmod(std::fabs(w), 2.0) == 1.0;
}

Object* float_pow(Object* a, Object* b, Object* m) {
  CONVERT_BOTH(a, b, iv, iw);
  if (m != None)
    return err_set_string(TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
  if (iw == 0)
    return float_from_double(1.0);
  if (std::isnan(iv))
    return float_from_double(iv);
  if (std::isnan(iw))
    return float_from_double(iv == 1.0 ? 1.0 : iw);
  if (std::isinf(iw)) {
    double av = std::fabs(iv);
    if (av == 1.0)
      return float_from_double(1.0);
    if ((iw > 0) == (av > 1.0))
      return float_from_double(std::fabs(iw));
    return float_from_double(0.0);
  }
  if (std::isinf(iv)) {
    bool odd = is_odd_integer(iw);
    if (iw > 0)
      return float_from_double(odd ? iv : std::fabs(iv));
    return float_from_double(odd ? std::copysign(0.0, iv) : 0.0);
  }
  if (iv == 0.0) {
    bool odd = is_odd_integer(iw);
    if (iw < 0)
      return err_set_string(ZeroDivisionError, "0.0 cannot be raised to a negative power");
    return float_from_double(odd ? iv : 0.0);
  }
  bool negate = false;
  if (iv < 0.0) {
    if (iw != std::floor(iw))
      return complex_pow_values(iv, 0.0, iw, 0.0); // a negative base to a fractional power is complex
    iv = -iv;
    negate = is_odd_integer(iw);
  }
  if (iv == 1.0)
    return float_from_double(negate ? -1.0 : 1.0);
  double r = std::pow(iv, iw);
  if (std::isinf(r))
    return err_set_string(OverflowError, "(34, 'Numerical result out of range')");
  return float_from_double(negate ? -r : r);
}

Object* float_neg(Object* a) {
  return float_from_double(-float_value(a));
}
Object* float_pos(Object* a) {
  if (float_check_exact(a))
    return newref(a);
  return float_from_double(float_value(a));
}
Object* float_abs(Object* a) {
  return float_from_double(std::fabs(float_value(a)));
}
int float_bool(Object* a) {
  return float_value(a) != 0.0;
}
Object* float_int(Object* a) {
  return int_from_double(float_value(a));
}

Object* float_new(TypeObject* type, Object* args, Object* kwargs) {
  if (kwargs && dict_size(kwargs) > 0)
    return err_set_string(TypeError, "float() takes no keyword arguments");
  ssize nargs = args ? tuple_size(args) : 0;
  if (nargs > 1)
    return err_format(TypeError, "float expected at most 1 argument, got {}", nargs);
  Object* r;
  if (nargs == 0) {
    r = float_from_double(0.0);
  } else {
    Object* x = tuple_get(args, 0);
    if (str_check(x)) {
      std::string text = number_text_from_str(x);
      r = float_parse(text, x);
    } else if (bytes_check(x)) {
      r = float_parse(bytes_view(x), x);
    } else if (bytearray_check(x)) {
      ByteArrayObject* ba = static_cast<ByteArrayObject*>(x);
      r = float_parse(std::string_view(ba->buffer ? ba->buffer : "", size_t(ba->size)), x);
    } else {
      r = number_float(x);
    }
  }
  if (!r || type == &FloatType)
    return r;
  FloatObject* sub = static_cast<FloatObject*>(type_generic_alloc(type, 0));
  if (sub)
    sub->value = float_value(r);
  decref(r);
  return sub;
}

// ---------------------------------------------------------------- methods

Object* float_is_integer(Object* self, Object*) {
  double v = float_value(self);
  return bool_from(std::isfinite(v) && std::floor(v) == v);
}

Object* float_as_integer_ratio(Object* self, Object*) {
  double v = float_value(self);
  if (std::isinf(v))
    return err_set_string(OverflowError, "cannot convert Infinity to integer ratio");
  if (std::isnan(v))
    return err_set_string(ValueError, "cannot convert NaN to integer ratio");
  int e;
  double m = std::frexp(v, &e);
  while (m != std::floor(m)) {
    m *= 2.0;
    --e;
  }
  mpz_t num, den;
  mpz_init_set_d(num, m);
  mpz_init_set_ui(den, 1);
  if (e > 0)
    mpz_mul_2exp(num, num, mp_bitcnt_t(e));
  else
    mpz_mul_2exp(den, den, mp_bitcnt_t(-e));
  Object* n = int_steal_mpz(num);
  Object* d = int_steal_mpz(den);
  if (!n || !d) {
    xdecref(n);
    xdecref(d);
    return nullptr;
  }
  Object* t = tuple_pack({n, d});
  decref(n);
  decref(d);
  return t;
}

Object* float_hex_m(Object* self, Object*) {
  return str_from_ascii(float_hex(float_value(self)));
}

Object* float_fromhex_m(Object* type, Object* arg) {
  if (!str_check(arg))
    return err_set_string(TypeError, "bad argument type for built-in operation");
  std::string text = number_text_from_str(arg);
  Object* r = float_fromhex_text(text);
  if (!r || reinterpret_cast<TypeObject*>(type) == &FloatType)
    return r;
  Object* sub = object_call_one(type, r);
  decref(r);
  return sub;
}

Object* float_conjugate(Object* self, Object*) {
  return float_pos(self);
}
Object* float_trunc(Object* self, Object*) {
  return int_from_double(float_value(self));
}
Object* float_floor(Object* self, Object*) {
  return int_from_double(std::floor(float_value(self)));
}
Object* float_ceil(Object* self, Object*) {
  return int_from_double(std::ceil(float_value(self)));
}

Object* float_getnewargs(Object* self, Object*) {
  Object* f = float_from_double(float_value(self));
  if (!f)
    return nullptr;
  Object* t = tuple_pack({f});
  decref(f);
  return t;
}

// x rounded to `nd` decimal places, correctly (exact rational arithmetic,
// ties to even), as CPython's dtoa-based rounding.
Object* float_round_digits(double x, int64_t nd) {
  constexpr int64_t kMax = 323, kMin = -308;
  if (!std::isfinite(x) || x == 0.0 || nd > kMax)
    return float_from_double(x);
  if (nd < kMin)
    return float_from_double(0.0 * x);
  int e;
  double m = std::frexp(std::fabs(x), &e);
  mpz_t num, den, q, r, twice, p;
  mpz_inits(num, den, q, r, twice, p, nullptr);
  mpz_set_d(num, std::ldexp(m, 53));
  e -= 53;
  mpz_set_ui(den, 1);
  if (e > 0)
    mpz_mul_2exp(num, num, mp_bitcnt_t(e));
  else
    mpz_mul_2exp(den, den, mp_bitcnt_t(-e));
  mpz_ui_pow_ui(p, 10, static_cast<unsigned long>(nd >= 0 ? nd : -nd));
  if (nd >= 0)
    mpz_mul(num, num, p);
  else
    mpz_mul(den, den, p);
  mpz_fdiv_qr(q, r, num, den);
  mpz_mul_2exp(twice, r, 1);
  int c = mpz_cmp(twice, den);
  if (c > 0 || (c == 0 && mpz_odd_p(q)))
    mpz_add_ui(q, q, 1);
  std::string text(mpz_sizeinbase(q, 10) + 2, '\0');
  mpz_get_str(text.data(), 10, q);
  text.resize(std::strlen(text.c_str()));
  mpz_clears(num, den, q, r, twice, p, nullptr);
  text += "e" + std::to_string(-nd);
  double y = std::strtod(text.c_str(), nullptr); // correctly rounded
  if (std::isinf(y))
    return err_set_string(OverflowError, "rounded value too large to represent");
  return float_from_double(std::copysign(y, x));
}

Object* float_round_m(Object* self, Object* const* args, ssize nargs) {
  if (nargs > 1)
    return err_format(TypeError, "__round__ expected at most 1 argument, got {}", nargs);
  double x = float_value(self);
  if (nargs == 0 || args[0] == None) {
    double r = std::round(x);
    if (std::fabs(x - r) == 0.5)
      r = 2.0 * std::round(x / 2.0); // ties to even
    return int_from_double(r);
  }
  ssize nd = number_as_ssize(args[0], nullptr);
  if (nd == -1 && err_occurred())
    return nullptr;
  return float_round_digits(x, nd);
}

Object* float_format_m(Object* self, Object* spec) {
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
  return format_float(float_value(self), fs, type_name_of(self));
}

Object* float_get_real(Object* self, void*) {
  return float_pos(self);
}
Object* float_get_imag(Object*, void*) {
  return float_from_double(0.0);
}

// float.__getformat__(typestr): the C double/float layout (IEEE,
// little-endian on every platform Coil builds for).
Object* float_getformat_m(Object*, Object* arg) {
  if (!str_check(arg))
    return err_format(TypeError, "__getformat__() argument must be str, not {}", arg_type_name(arg));
  if (!str_equal_ascii(arg, "double") && !str_equal_ascii(arg, "float"))
    return err_set_string(ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
  return str_from_ascii("IEEE, little-endian");
}

MethodDef float_methods[] = {
    {"conjugate", float_conjugate, METH_NOARGS, "Return self, the complex conjugate of any float."},
    {"__trunc__", float_trunc, METH_NOARGS, "Return the Integral closest to x between 0 and x."},
    {"__floor__", float_floor, METH_NOARGS, "Return the floor as an Integral."},
    {"__ceil__", float_ceil, METH_NOARGS, "Return the ceiling as an Integral."},
    {"__round__", reinterpret_cast<MethodFn>(float_round_m), METH_FASTCALL,
     "Return the Integral closest to x, rounding half toward even."},
    {"as_integer_ratio", float_as_integer_ratio, METH_NOARGS, "Return integer ratio."},
    {"fromhex", float_fromhex_m, METH_O | METH_CLASS,
     "Create a floating-point number from a hexadecimal string."},
    {"hex", float_hex_m, METH_NOARGS, "Return a hexadecimal representation of a floating-point number."},
    {"__getformat__", float_getformat_m, METH_O | METH_CLASS,
     "You probably don't want to use this function."},
    {"is_integer", float_is_integer, METH_NOARGS, "Return True if the float is an integer."},
    {"__getnewargs__", float_getnewargs, METH_NOARGS, nullptr},
    {"__format__", float_format_m, METH_O, "Formats the float according to format_spec."},
    {nullptr, nullptr, 0, nullptr},
};

GetSetDef float_getset[] = {
    {"real", float_get_real, nullptr, "the real part of a complex number", nullptr},
    {"imag", float_get_imag, nullptr, "the imaginary part of a complex number", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

NumberMethods float_as_number = {
    .add = float_add,
    .subtract = float_sub,
    .multiply = float_mul,
    .remainder = float_mod,
    .divmod = float_divmod,
    .power = float_pow,
    .negative = float_neg,
    .positive = float_pos,
    .absolute = float_abs,
    .bool_ = float_bool,
    .int_ = float_int,
    .float_ = float_pos,
    .floor_divide = float_floordiv,
    .true_divide = float_div,
};

} // namespace

TypeObject FloatType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "float";
  t.basicsize = sizeof(FloatObject);
  t.itemsize = 0;
  t.dealloc = float_dealloc;
  t.repr = float_repr_slot;
  t.as_number = &float_as_number;
  t.hash = float_hash;
  t.flags = TPFLAG_BASETYPE | TPFLAG_IMMUTABLETYPE;
  t.doc = "Convert a string or number to a floating point number, if possible.";
  t.richcompare = float_richcompare;
  t.methods = float_methods;
  t.getset = float_getset;
  t.new_ = float_new;
  t.vectorcall = type_call_vectorcall; // as CPython 3.11: calls count no recursion level
  return t;
}();
COIL_REGISTER_TYPE(FloatType);

} // namespace coil
