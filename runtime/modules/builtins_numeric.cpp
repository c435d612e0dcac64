// Numeric builtins: abs, round, divmod, pow, sum, chr, ord, bin, oct, hex.
//
// Invariants
// - sum() follows CPython 3.11 exactly: an int fast path (int64 with
//   overflow checks), then a float fast path with plain double addition
//   (no compensated summation in 3.11), then generic `+`.
// - divmod dispatches the nb divmod slot with reflected operands and
//   subclass priority, as every binary operator does.
#include <climits>

#include "runtime/errors.h"
#include "runtime/modules/builtins_internal.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type.h"

namespace coil {
namespace builtins_impl {

static Object* builtin_abs(Object*, Object* o) {
  return number_absolute(o);
}

static BinaryFn divmod_slot(TypeObject* t) {
  return t->as_number ? t->as_number->divmod : nullptr;
}

// a.__divmod__(b) / b.__rdivmod__(a) with CPython's operand order rules.
static Object* number_divmod(Object* a, Object* b) {
  BinaryFn slota = divmod_slot(a->type);
  BinaryFn slotb = a->type != b->type ? divmod_slot(b->type) : nullptr;
  if (slotb == slota)
    slotb = nullptr;
  if (slota) {
    if (slotb && type_is_subtype(b->type, a->type)) {
      Object* r = slotb(a, b);
      if (r != NotImplemented)
        return r;
      decref(r);
      slotb = nullptr;
    }
    Object* r = slota(a, b);
    if (r != NotImplemented)
      return r;
    decref(r);
  }
  if (slotb) {
    Object* r = slotb(a, b);
    if (r != NotImplemented)
      return r;
    decref(r);
  }
  return err_format(TypeError, "unsupported operand type(s) for divmod(): '{}' and '{}'", type_name_of(a),
                    type_name_of(b));
}

static Object* builtin_divmod(Object*, Object* const* args, ssize nargs) {
  if (nargs != 2)
    return err_format(TypeError, "divmod expected 2 arguments, got {}", nargs);
  return number_divmod(args[0], args[1]);
}

static Object* builtin_pow(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const names[] = {"base", "exp", "mod"};
  Object* v[3];
  if (!clinic_call_args({"pow", names, 3, 0, 2, 3, 0}, args, nargs, kwnames, v))
    return nullptr;
  return number_power(v[0], v[1], v[2] ? v[2] : None);
}

static Object* builtin_round(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const names[] = {"number", "ndigits"};
  Object* v[2];
  if (!clinic_call_args({"round", names, 2, 0, 1, 2, 0}, args, nargs, kwnames, v))
    return nullptr;
  Object *number = v[0], *ndigits = v[1];
  bool found = false;
  Object* r;
  if (!ndigits || ndigits == None)
    r = object_call_special(number, str_static("__round__"), nullptr, 0, &found);
  else
    r = object_call_special(number, str_static("__round__"), &ndigits, 1, &found);
  if (!found && !r && !err_occurred())
    return err_format(TypeError, "type {} doesn't define __round__ method", type_name_of(number));
  return r;
}

// chr(i): i through __index__, as a C int.
static Object* builtin_chr(Object*, Object* arg) {
  Object* idx = number_index(arg);
  if (!idx)
    return nullptr;
  bool overflow = false;
  int64_t v = int_as_i64(idx, &overflow);
  decref(idx);
  if (overflow || v > INT_MAX || v < INT_MIN)
    return err_set_string(OverflowError, "Python int too large to convert to C int");
  if (v < 0 || v >= 0x110000)
    return err_set_string(ValueError, "chr() arg not in range(0x110000)");
  return str_from_char(static_cast<uint32_t>(v));
}

static Object* builtin_ord(Object*, Object* c) {
  ssize size;
  if (str_check(c)) {
    size = str_length(c);
    if (size == 1)
      return int_from_i64(str_char_at(c, 0));
  } else if (bytes_check(c)) {
    size = bytes_size(c);
    if (size == 1)
      return int_from_i64(static_cast<unsigned char>(bytes_data(c)[0]));
  } else if (bytearray_check(c)) {
    auto* ba = static_cast<ByteArrayObject*>(c);
    size = ba->size;
    if (size == 1)
      return int_from_i64(static_cast<unsigned char>(ba->buffer[0]));
  } else {
    return err_format(TypeError, "ord() expected string of length 1, but {} found", type_name_of(c));
  }
  return err_format(TypeError, "ord() expected a character, but string of length {} found", size);
}

static Object* format_base(Object* arg, int base, const char* prefix) {
  Object* idx = number_index(arg);
  if (!idx)
    return nullptr;
  std::string digits = int_to_string(idx, base);
  decref(idx);
  std::string out;
  if (!digits.empty() && digits[0] == '-') {
    out = "-";
    out += prefix;
    out += digits.substr(1);
  } else {
    out = prefix + digits;
  }
  return str_from_ascii(out);
}

static Object* builtin_bin(Object*, Object* o) {
  return format_base(o, 2, "0b");
}
static Object* builtin_oct(Object*, Object* o) {
  return format_base(o, 8, "0o");
}
static Object* builtin_hex(Object*, Object* o) {
  return format_base(o, 16, "0x");
}

static Object* builtin_sum(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const names[] = {"", "start"};
  Object* v[2];
  if (!clinic_call_args({"sum", names, 2, 1, 1, 2, 0}, args, nargs, kwnames, v))
    return nullptr;
  Object *iterable = v[0], *start = v[1];
  if (start) {
    if (str_check(start))
      return err_set_string(TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (bytes_check(start))
      return err_set_string(TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (bytearray_check(start))
      return err_set_string(TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
  }
  Object* it = object_get_iter(iterable);
  if (!it)
    return nullptr;
  Object* result = start ? newref(start) : int_from_i64(0);
  if (!result) {
    decref(it);
    return nullptr;
  }
  // Exact-int fast path.
  if (int_check_exact(result)) {
    bool overflow = false;
    int64_t acc = int_as_i64(result, &overflow);
    if (!overflow) {
      clear_ref(result);
      while (!result) {
        Object* item = iter_next(it);
        if (!item) {
          decref(it);
          if (err_occurred())
            return nullptr;
          return int_from_i64(acc);
        }
        if (int_check_exact(item) || bool_check(item)) {
          bool ov = false;
          int64_t b = int_as_i64(item, &ov);
          if (!ov && (acc >= 0 ? (b <= INT64_MAX - acc) : (b >= INT64_MIN - acc))) {
            acc += b;
            decref(item);
            continue;
          }
        }
        result = int_from_i64(acc);
        if (!result) {
          decref(item);
          decref(it);
          return nullptr;
        }
        Object* sum = binary_op(result, item, NB_ADD);
        decref(result);
        decref(item);
        result = sum;
        if (!result) {
          decref(it);
          return nullptr;
        }
      }
    }
  }
  // Exact-float fast path (plain double addition, as 3.11).
  if (float_check_exact(result)) {
    double acc = float_value(result);
    clear_ref(result);
    while (!result) {
      Object* item = iter_next(it);
      if (!item) {
        decref(it);
        if (err_occurred())
          return nullptr;
        return float_from_double(acc);
      }
      if (float_check_exact(item)) {
        acc += float_value(item);
        decref(item);
        continue;
      }
      if (int_check(item)) {
        bool ov = false;
        int64_t v = int_as_i64(item, &ov);
        if (!ov) {
          acc += static_cast<double>(v);
          decref(item);
          continue;
        }
      }
      result = float_from_double(acc);
      if (!result) {
        decref(item);
        decref(it);
        return nullptr;
      }
      Object* sum = binary_op(result, item, NB_ADD);
      decref(result);
      decref(item);
      result = sum;
      if (!result) {
        decref(it);
        return nullptr;
      }
    }
  }
  for (;;) {
    Object* item = iter_next(it);
    if (!item)
      break;
    Object* sum = binary_op(result, item, NB_ADD);
    decref(result);
    decref(item);
    result = sum;
    if (!result) {
      decref(it);
      return nullptr;
    }
  }
  decref(it);
  if (err_occurred()) {
    decref(result);
    return nullptr;
  }
  return result;
}

MethodDef numeric_functions[] = {
    {"abs", builtin_abs, METH_O, "Return the absolute value of the argument."},
    {"divmod", reinterpret_cast<MethodFn>(builtin_divmod), METH_FASTCALL,
     "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x."},
    {"pow", reinterpret_cast<MethodFn>(builtin_pow), METH_FASTCALL | METH_KEYWORDS,
     "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments"},
    {"round", reinterpret_cast<MethodFn>(builtin_round), METH_FASTCALL | METH_KEYWORDS,
     "Round a number to a given precision in decimal digits."},
    {"chr", builtin_chr, METH_O,
     "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff."},
    {"ord", builtin_ord, METH_O, "Return the Unicode code point for a one-character string."},
    {"bin", builtin_bin, METH_O, "Return the binary representation of an integer."},
    {"oct", builtin_oct, METH_O, "Return the octal representation of an integer."},
    {"hex", builtin_hex, METH_O, "Return the hexadecimal representation of an integer."},
    {"sum", reinterpret_cast<MethodFn>(builtin_sum), METH_FASTCALL | METH_KEYWORDS,
     "Return the sum of a 'start' value (default: 0) plus an iterable of numbers"},
    {nullptr, nullptr, 0, nullptr},
};

} // namespace builtins_impl
} // namespace coil
