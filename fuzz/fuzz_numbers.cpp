// fuzz_numbers: the numeric parsers and formatters with fuzzed text.
// The first byte picks the operation, the rest is the text:
//   int(s), int(s, base), float(s), complex(s), format(x, spec) for an int,
//   a float, a str and a complex (value before the first NUL, spec after),
//   and str.format / %-formatting with a fuzzed template.
// Text that is not UTF-8 goes in as bytes (int() and float() take bytes).
// Invariants checked where cheap: int(repr(i)) == i, float(repr(f)) == f,
// complex(repr(c)) == c (NaNs aside), int(format(i, 'x'), 16) == i,
// format(x, '') == str(x).
#include <cstdlib>
#include <string>
#include <string_view>

#include "fuzz/fuzz_common.h"
#include "runtime/errors.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/thread_state.h"

using namespace coil;

namespace {

Object* b_int = nullptr; // borrowed from builtins (which the runtime keeps)
Object* b_float = nullptr;
Object* b_complex = nullptr;
Object* b_format = nullptr;
Object* b_repr = nullptr;
Object* b_str = nullptr;

[[noreturn]] void fail(const char* what, Object* value) {
  fprintf(stderr, "fuzz_numbers: %s", what);
  if (value) {
    if (Object* r = object_repr(value)) {
      fprintf(stderr, ": %.*s", int(str_view(r).size()), str_view(r).data());
      decref(r);
    }
  }
  fprintf(stderr, "\n");
  abort();
}

Object* call(Object* fn, std::initializer_list<Object*> args) {
  for (Object* a : args)
    if (!a)
      return nullptr;
  return object_vectorcall(fn, args.begin(), args.size(), nullptr);
}

// A str of the text when it is UTF-8, else a bytes object.
Object* text_object(std::string_view text) {
  Object* s = str_from_utf8(text);
  if (s)
    return s;
  err_clear();
  return bytes_from(text);
}

// Checks that a parsed number survives its repr: parse(repr(x)) == x.
void check_roundtrip(Object* parse, Object* x) {
  Object* r = call(b_repr, {x});
  if (!r) { // ValueError beyond sys.get_int_max_str_digits()
    err_clear();
    return;
  }
  Object* back = call(parse, {r});
  if (!back)
    fail("parse(repr(x)) raised", x);
  // NaN (or a complex with a NaN part) never equals its copy; its repr says so.
  bool has_nan = str_view(r).find("nan") != std::string_view::npos;
  int eq = object_richcompare_bool(back, x, CMP_EQ);
  decref(back);
  if (eq < 0)
    fail("comparing numbers raised", x);
  if (!eq && !has_nan)
    fail("parse(repr(x)) != x", x);
  decref(r);
}

// format(x, '') must equal str(x).
void check_empty_format(Object* x) {
  Object* empty = str_from_utf8("");
  Object* a = call(b_format, {x, empty});
  Object* b = call(b_str, {x});
  xdecref(empty);
  if (!a || !b) {
    xdecref(a);
    xdecref(b);
    err_clear();
    return;
  }
  int eq = object_richcompare_bool(a, b, CMP_EQ);
  decref(a);
  decref(b);
  if (eq != 1)
    fail("format(x, '') != str(x)", x);
}

void parse_case(Object* parse, std::string_view text) {
  Object* t = text_object(text);
  Object* x = call(parse, {t});
  xdecref(t);
  if (!x) {
    if (!err_occurred())
      fail("a parse failed without an exception", nullptr);
    err_clear();
    return;
  }
  check_roundtrip(parse, x);
  check_empty_format(x);
  decref(x);
}

void int_base_case(std::string_view text) {
  if (text.empty())
    return;
  static const int bases[] = {0, 2, 8, 10, 16, 36, 1, 37, -1, 3, 5, 7, 12, 20, 32, 35};
  int base = bases[static_cast<unsigned char>(text[0]) % (sizeof bases / sizeof bases[0])];
  Object* t = text_object(text.substr(1));
  Object* b = int_from_i64(base);
  Object* x = call(b_int, {t, b});
  xdecref(t);
  xdecref(b);
  if (!x) {
    err_clear();
    return;
  }
  // int(format(x, 'x'), 16) == x: power-of-two bases have no digit limit.
  Object* spec = str_from_utf8("x");
  Object* hex = call(b_format, {x, spec});
  xdecref(spec);
  Object* sixteen = int_from_i64(16);
  Object* back = hex ? call(b_int, {hex, sixteen}) : nullptr;
  xdecref(hex);
  xdecref(sixteen);
  if (!back)
    fail("int(format(x, 'x'), 16) raised", x);
  if (object_richcompare_bool(back, x, CMP_EQ) != 1)
    fail("int(format(x, 'x'), 16) != x", x);
  decref(back);
  decref(x);
}

// format(value, spec) with the value parsed from the text before the first NUL.
void format_case(int kind, std::string_view text) {
  size_t nul = text.find('\0');
  std::string_view value_text = nul == std::string_view::npos ? std::string_view("7") : text.substr(0, nul);
  std::string_view spec_text = nul == std::string_view::npos ? text : text.substr(nul + 1);
  Object* value = nullptr;
  Object* vt = text_object(value_text);
  switch (kind) {
  case 0:
    value = call(b_int, {vt});
    break;
  case 1:
    value = call(b_float, {vt});
    break;
  case 2:
    value = str_check(vt) ? newref(vt) : nullptr;
    break;
  default:
    value = call(b_complex, {vt});
    break;
  }
  xdecref(vt);
  if (!value) {
    err_clear();
    return;
  }
  Object* spec = str_from_utf8(spec_text);
  if (!spec) {
    err_clear();
    decref(value);
    return;
  }
  Object* r = call(b_format, {value, spec});
  if (!r) {
    if (!err_occurred())
      fail("format failed without an exception", value);
    err_clear();
  } else {
    if (!str_check(r))
      fail("format did not return a str", r);
    decref(r);
  }
  // The same spec through str.format and an f-string-like template.
  std::string tmpl = "{0:" + std::string(spec_text) + "}";
  if (Object* t = str_from_utf8(tmpl)) {
    Object* args[] = {t, value};
    Object* r2 = object_call_method(t, "format", args + 1, 1);
    if (!r2)
      err_clear();
    xdecref(r2);
    decref(t);
  } else {
    err_clear();
  }
  decref(spec);
  decref(value);
}

// A fuzzed template for str.format and the % operator.
void template_case(std::string_view text) {
  Object* t = str_from_utf8(text);
  if (!t) {
    err_clear();
    return;
  }
  Object* i = int_from_i64(-12345);
  Object* f = float_from_double(3.25);
  Object* s = str_from_utf8("abc");
  Object* args[] = {i, f, s};
  Object* r = object_call_method(t, "format", args, 3);
  if (!r)
    err_clear();
  xdecref(r);
  Object* tuple = tuple_pack({i, f, s});
  Object* r2 = tuple ? binary_op(t, tuple, NB_REMAINDER) : nullptr;
  if (!r2)
    err_clear();
  xdecref(r2);
  xdecref(tuple);
  decref(i);
  decref(f);
  decref(s);
  decref(t);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fuzz::fuzz_runtime_init({});
  Object* b = Interpreter::main()->builtins;
  b_int = dict_getitem_str(b, "int");
  b_float = dict_getitem_str(b, "float");
  b_complex = dict_getitem_str(b, "complex");
  b_format = dict_getitem_str(b, "format");
  b_repr = dict_getitem_str(b, "repr");
  b_str = dict_getitem_str(b, "str");
  if (!b_int || !b_float || !b_complex || !b_format || !b_repr || !b_str)
    fail("builtins missing", nullptr);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0)
    return 0;
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (data[0] % 9) {
  case 0:
    parse_case(b_int, text);
    break;
  case 1:
    int_base_case(text);
    break;
  case 2:
    parse_case(b_float, text);
    break;
  case 3:
    parse_case(b_complex, text);
    break;
  case 4:
  case 5:
  case 6:
  case 7:
    format_case(data[0] % 9 - 4, text);
    break;
  default:
    template_case(text);
    break;
  }
  if (err_occurred())
    fail("an exception left pending", nullptr);
  return 0;
}
