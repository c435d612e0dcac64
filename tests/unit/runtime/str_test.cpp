// Unit tests for str: representation, indexing, hashing, methods, formatting,
// codecs and error messages. Expected values were produced by CPython 3.11.
#include <gtest/gtest.h>

#include <initializer_list>
#include <string>

#include "runtime/errors.h"
#include "runtime/object.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/range.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/runtime.h"

namespace coil {
namespace {

class RuntimeEnv : public ::testing::Environment {
public:
  void SetUp() override {
    Config config;
    config.use_hash_seed = true;
    config.hash_seed = 0;
    config.jit_mode = Config::JitMode::Off;
    // The runtime tests need the types and start-up hooks; builtins/sys
    // (created last) are not required, so only readiness is asserted.
    runtime_init(config);
    err_clear();
    ASSERT_TRUE(type_has_flag(&StrType, TPFLAG_READY));
    ASSERT_TRUE(type_has_flag(&ByteArrayType, TPFLAG_READY));
  }
};
const auto* const env = ::testing::AddGlobalTestEnvironment(new RuntimeEnv);

Object* S(const char* utf8) {
  return str_from_utf8(utf8);
}
Object* I(int64_t v) {
  return int_from_i64(v);
}
// A tuple of new references, which it takes over (tuple_pack increfs).
Object* T(std::initializer_list<Object*> items) {
  Object* t = tuple_pack(items);
  for (Object* o : items)
    decref(o);
  return t;
}

std::string repr(Object* o) {
  if (!o)
    return "<null>";
  Object* r = object_repr(o);
  if (!r)
    return "<repr failed>";
  std::string s = str_to_std(r);
  decref(r);
  return s;
}

// repr() of a new reference, released.
std::string repr_owned(Object* o) {
  std::string s = repr(o);
  xdecref(o);
  return s;
}

// "TypeError: message" for the pending exception, cleared; "" if none.
std::string take_error() {
  Object* exc = err_fetch();
  if (!exc)
    return "";
  std::string s = type_name_of(exc);
  Object* msg = object_str(exc);
  if (msg) {
    std::string m = str_to_std(msg);
    if (!m.empty())
      s += ": " + m;
    decref(msg);
  } else {
    err_clear();
  }
  decref(exc);
  return s;
}

// obj.name(*args) -> repr of the result or the error text. Steals obj and the args.
std::string call(Object* obj, const char* name, std::initializer_list<Object*> args = {}) {
  std::vector<Object*> v(args);
  Object* r = object_call_method(obj, name, v.data(), static_cast<ssize>(v.size()));
  decref(obj);
  for (Object* a : v)
    decref(a);
  if (!r)
    return take_error();
  std::string s = repr(r);
  decref(r);
  return s;
}
// Like call() with keyword arguments.
std::string call_kw(Object* obj, const char* name, std::initializer_list<Object*> args,
                    std::initializer_list<std::pair<const char*, Object*>> kwargs) {
  Object* meth = object_getattr_str(obj, name);
  decref(obj);
  if (!meth)
    return take_error();
  std::vector<Object*> v(args);
  Object* names = tuple_new(static_cast<ssize>(kwargs.size()));
  ssize k = 0;
  for (auto& [n, val] : kwargs) {
    tuple_set(names, k++, str_from_utf8(n));
    v.push_back(val);
  }
  Object* r = object_vectorcall(meth, v.data(), args.size(), names);
  decref(meth);
  decref(names);
  for (Object* a : v)
    decref(a);
  if (!r)
    return take_error();
  std::string s = repr(r);
  decref(r);
  return s;
}

std::string op(Object* a, Object* b, int kind) {
  Object* r = binary_op(a, b, kind);
  decref(a);
  decref(b);
  if (!r)
    return take_error();
  std::string s = repr(r);
  decref(r);
  return s;
}

TEST(Str, ReprQuotesAndEscapes) {
  EXPECT_EQ(repr_owned(S("abc")), "'abc'");
  EXPECT_EQ(repr_owned(S("it's")), "\"it's\"");
  EXPECT_EQ(repr_owned(S("a'b\"c")), "'a\\'b\"c'");
  EXPECT_EQ(repr_owned(S("tab\there\nnl\\")), "'tab\\there\\nnl\\\\'");
  EXPECT_EQ(repr_owned(S("\x01\x7f")), "'\\x01\\x7f'");
  EXPECT_EQ(repr_owned(S("é€😀")), "'é€😀'");
  EXPECT_EQ(repr_owned(S("\xc2\xa0\xc2\x85")), "'\\xa0\\x85'");
  EXPECT_EQ(repr_owned(S("\xe2\x80\xa8")), "'\\u2028'");
  EXPECT_EQ(repr_owned(S("\xed\xa0\x80")), "'\\ud800'"); // WTF-8 lone surrogate
  EXPECT_EQ(repr_owned(S("\xf3\xa0\x80\x81")), "'\\U000e0001'");
}

TEST(Str, KindsAndLength) {
  Object* a = S("abc");
  Object* b = S("é");
  Object* c = S("€x");
  Object* d = S("😀x");
  EXPECT_EQ(static_cast<StrObject*>(a)->kind, 1);
  EXPECT_TRUE(static_cast<StrObject*>(a)->ascii);
  EXPECT_EQ(static_cast<StrObject*>(b)->kind, 1);
  EXPECT_FALSE(static_cast<StrObject*>(b)->ascii);
  EXPECT_EQ(static_cast<StrObject*>(c)->kind, 2);
  EXPECT_EQ(static_cast<StrObject*>(d)->kind, 4);
  EXPECT_EQ(str_length(d), 2);
  EXPECT_EQ(str_char_at(d, 0), 0x1F600u);
  EXPECT_EQ(str_view(d), "😀x");
  decref(a);
  decref(b);
  decref(c);
  decref(d);
}

TEST(Str, HashMatchesCPythonSeed0) {
  // PYTHONHASHSEED=0 python3 -c 'print(hash("abc"), hash(""), hash("é"), hash("€"), hash("😀"))'
  Object* a = S("abc");
  EXPECT_EQ(object_hash(a), -4594863902769663758LL);
  Object* e = S("");
  EXPECT_EQ(object_hash(e), 0);
  decref(a);
  decref(e);
}

TEST(Str, IndexingAndSingletons) {
  Object* s = S("abc");
  Object* i0 = I(0);
  Object* c = object_getitem(s, i0);
  Object* a = str_from_char('a');
  EXPECT_EQ(c, a);
  decref(c);
  decref(a);
  decref(i0);
  Object* i5 = I(5);
  EXPECT_EQ(object_getitem(s, i5), nullptr);
  EXPECT_EQ(take_error(), "IndexError: string index out of range");
  decref(i5);
  Object* k = S("x");
  EXPECT_EQ(object_getitem(s, k), nullptr);
  EXPECT_EQ(take_error(), "TypeError: string indices must be integers, not 'str'");
  decref(k);
  Object* m1 = I(-1);
  Object* last = object_getitem(s, m1);
  EXPECT_EQ(repr(last), "'c'");
  decref(last);
  decref(m1);
  decref(s);
  Object* e1 = str_new_empty();
  Object* e2 = S("");
  EXPECT_EQ(e1, e2);
  decref(e1);
  decref(e2);
}

TEST(Str, ConcatRepeatContains) {
  EXPECT_EQ(op(S("ab"), S("€"), NB_ADD), "'ab€'");
  EXPECT_EQ(op(S("a"), I(1), NB_ADD), "TypeError: can only concatenate str (not \"int\") to str");
  EXPECT_EQ(op(S("ab"), I(3), NB_MULTIPLY), "'ababab'");
  EXPECT_EQ(op(S("ab"), I(-1), NB_MULTIPLY), "''");
  Object* s = S("hello");
  Object* sub = S("ell");
  EXPECT_EQ(sequence_contains(s, sub), 1);
  Object* one = I(1);
  EXPECT_EQ(sequence_contains(s, one), -1);
  EXPECT_EQ(take_error(), "TypeError: 'in <string>' requires string as left operand, not int");
  decref(s);
  decref(sub);
  decref(one);
}

TEST(Str, Comparison) {
  Object* a = S("abc");
  Object* b = S("abd");
  Object* c = S("ab€");
  EXPECT_EQ(object_richcompare_bool(a, b, CMP_LT), 1);
  EXPECT_EQ(object_richcompare_bool(c, a, CMP_GT), 1);
  EXPECT_EQ(str_compare(a, a), 0);
  decref(a);
  decref(b);
  decref(c);
}

TEST(Str, Slicing) {
  Object* s = S("hello world");
  Object* sl = slice_new(I(1), I(8), I(2));
  Object* r = object_getitem(s, sl);
  EXPECT_EQ(repr(r), "'el o'");
  xdecref(r);
  decref(sl);
  sl = slice_new(nullptr, nullptr, I(-1));
  r = object_getitem(s, sl);
  EXPECT_EQ(repr(r), "'dlrow olleh'");
  xdecref(r);
  decref(sl);
  decref(s);
}

TEST(Str, SplitJoinStrip) {
  EXPECT_EQ(call(S("a,b,,c"), "split", {S(",")}), "['a', 'b', '', 'c']");
  EXPECT_EQ(call(S("a,b,,c"), "split", {S(","), I(2)}), "['a', 'b', ',c']");
  EXPECT_EQ(call(S("a,b,,c"), "rsplit", {S(","), I(2)}), "['a,b', '', 'c']");
  EXPECT_EQ(call(S("  a \u3000 b  "), "split"), "['a', 'b']");
  EXPECT_EQ(call(S(" a  b "), "split"), "['a', 'b']");
  EXPECT_EQ(call(S(" a  b "), "rsplit", {newref(None), I(1)}), "[' a', 'b']");
  EXPECT_EQ(call(S(""), "split"), "[]");
  EXPECT_EQ(call(S(""), "split", {S("x")}), "['']");
  EXPECT_EQ(call(S("a"), "split", {S("")}), "ValueError: empty separator");
  EXPECT_EQ(call(S("a"), "split", {I(1), I(2), I(3)}),
            "TypeError: split() takes at most 2 arguments (3 given)");
  EXPECT_EQ(call_kw(S("a"), "split", {}, {{"foo", I(1)}}),
            "TypeError: 'foo' is an invalid keyword argument for split()");
  EXPECT_EQ(call_kw(S("a b c"), "split", {}, {{"maxsplit", I(1)}}), "['a', 'b c']");
  EXPECT_EQ(call(S("a\r\nb\x1c"), "splitlines", {I(1)}), "['a\\r\\n', 'b\\x1c']");
  EXPECT_EQ(call(S("-"), "join", {S("xyz")}), "'x-y-z'");
  EXPECT_EQ(call(S("-"), "join", {I(1)}), "TypeError: can only join an iterable");
  EXPECT_EQ(call(S("  x  "), "strip"), "'x'");
  EXPECT_EQ(call(S("xxhixx"), "lstrip", {S("x")}), "'hixx'");
  EXPECT_EQ(call(S("a"), "strip", {I(1)}), "TypeError: strip arg must be None or str");
  EXPECT_EQ(call(S("a"), "partition", {S("")}), "ValueError: empty separator");
  EXPECT_EQ(call(S("a.b.c"), "rpartition", {S(".")}), "('a.b', '.', 'c')");
  EXPECT_EQ(call(S("abc"), "partition", {S("x")}), "('abc', '', '')");
}

TEST(Str, SearchReplacePad) {
  EXPECT_EQ(call(S("hello"), "find", {S("l")}), "2");
  EXPECT_EQ(call(S("hello"), "rfind", {S("l")}), "3");
  EXPECT_EQ(call(S("abc"), "find", {S(""), I(3)}), "3");
  EXPECT_EQ(call(S("abc"), "find", {S(""), I(5)}), "-1");
  EXPECT_EQ(call(S("a"), "index", {S("b")}), "ValueError: substring not found");
  EXPECT_EQ(call(S("a"), "find"), "TypeError: find() takes at least 1 argument (0 given)");
  EXPECT_EQ(call(S("abc"), "count", {S("")}), "4");
  EXPECT_EQ(call(S("a"), "count", {I(1)}), "TypeError: must be str, not int");
  EXPECT_EQ(call(S("abc"), "replace", {S(""), S("-")}), "'-a-b-c-'");
  EXPECT_EQ(call(S("abc"), "replace", {S(""), S("-"), I(2)}), "'-a-bc'");
  EXPECT_EQ(call(S("a"), "replace", {S("a")}), "TypeError: replace expected at least 2 arguments, got 1");
  EXPECT_EQ(call(S("a"), "replace", {S("a"), I(1)}), "TypeError: replace() argument 2 must be str, not int");
  EXPECT_EQ(call(S("ab"), "center", {I(5), S("*")}), "'**ab*'");
  EXPECT_EQ(call(S("abc"), "center", {I(6)}), "' abc  '");
  EXPECT_EQ(call(S("a"), "center", {I(1), S("ab")}),
            "TypeError: The fill character must be exactly one character long");
  EXPECT_EQ(call(S("-3"), "zfill", {I(5)}), "'-0003'");
  EXPECT_EQ(call(S("a\tb"), "expandtabs"), "'a       b'");
  EXPECT_EQ(call(S("x"), "startswith", {T({S("a"), S("x")})}), "True");
  EXPECT_EQ(call(S("a"), "startswith", {I(1)}),
            "TypeError: startswith first arg must be str or a tuple of str, not int");
  EXPECT_EQ(call(S("abc"), "startswith", {S("b"), I(-2)}), "True");
  EXPECT_EQ(call(S("prefix_x"), "removeprefix", {S("prefix_")}), "'x'");
  EXPECT_EQ(call(S("a"), "removeprefix", {I(1)}), "TypeError: removeprefix() argument must be str, not int");
}

TEST(Str, CaseAndClassification) {
  EXPECT_EQ(call(S("ß"), "upper"), "'SS'");
  EXPECT_EQ(call(S("ﬁb"), "capitalize"), "'Fib'");
  EXPECT_EQ(call(S("ΣΑΣ"), "lower"), "'σας'");
  EXPECT_EQ(call(S("they're bill's"), "title"), "\"They'Re Bill'S\"");
  EXPECT_EQ(call(S("ß"), "casefold"), "'ss'");
  EXPECT_EQ(call(S("aBc"), "swapcase"), "'AbC'");
  EXPECT_EQ(call(S("İ"), "lower"), "'i̇'");
  EXPECT_EQ(call(S("abc"), "isalpha"), "True");
  EXPECT_EQ(call(S("١٢"), "isdecimal"), "True");
  EXPECT_EQ(call(S("²"), "isdigit"), "True");
  EXPECT_EQ(call(S("²"), "isdecimal"), "False");
  EXPECT_EQ(call(S("½"), "isnumeric"), "True");
  EXPECT_EQ(call(S(" \t\x1c\u3000"), "isspace"), "True");
  EXPECT_EQ(call(S("\xc2\xa0"), "isprintable"), "False");
  EXPECT_EQ(call(S("Hello World"), "istitle"), "True");
  EXPECT_EQ(call(S("_x1"), "isidentifier"), "True");
  EXPECT_EQ(call(S("1x"), "isidentifier"), "False");
  EXPECT_EQ(call(S(""), "isascii"), "True");
}

TEST(Str, Format) {
  EXPECT_EQ(call(S("{} {}"), "format", {I(1), S("x")}), "'1 x'");
  EXPECT_EQ(call(S("{1}{0}"), "format", {I(1), I(2)}), "'21'");
  EXPECT_EQ(call(S("{0!r:>5}"), "format", {I(1)}), "'    1'");
  EXPECT_EQ(call(S("{:{}}"), "format", {I(1), I(3)}), "'  1'");
  EXPECT_EQ(call(S("{{x}}"), "format"), "'{x}'");
  EXPECT_EQ(call(S("}"), "format"), "ValueError: Single '}' encountered in format string");
  EXPECT_EQ(call(S("{"), "format"), "ValueError: Single '{' encountered in format string");
  EXPECT_EQ(call(S("{} {0}"), "format", {I(1)}),
            "ValueError: cannot switch from automatic field numbering to manual field specification");
  EXPECT_EQ(call(S("{1}"), "format", {I(1)}),
            "IndexError: Replacement index 1 out of range for positional args tuple");
  EXPECT_EQ(call(S("{0[0]x}"), "format", {I(1)}),
            "ValueError: Only '.' or '[' may follow ']' in format field specifier");
  EXPECT_EQ(call(S("{:{:{}}}"), "format", {I(1), I(2), I(3)}), "ValueError: Max string recursion exceeded");
  EXPECT_EQ(call_kw(S("{a}-{b!r}"), "format", {}, {{"a", I(1)}, {"b", S("x")}}), "\"1-'x'\"");
  EXPECT_EQ(call(S("abc"), "__format__", {S("^7.2")}), "'  ab   '");
}

TEST(Str, PercentFormat) {
  EXPECT_EQ(op(S("%s|%r|%a"), T({S("é"), S("é"), S("é")}), NB_REMAINDER), "\"é|'é'|'\\\\xe9'\"");
  EXPECT_EQ(op(S("%5.2s|"), S("abc"), NB_REMAINDER), "'   ab|'");
  EXPECT_EQ(op(S("%-5d|"), I(3), NB_REMAINDER), "'3    |'");
  EXPECT_EQ(op(S("%+.3d"), I(7), NB_REMAINDER), "'+007'");
  EXPECT_EQ(op(S("%#o %#x %X"), T({I(8), I(-255), I(255)}), NB_REMAINDER), "'0o10 -0xff FF'");
  EXPECT_EQ(op(S("%05x"), I(-255), NB_REMAINDER), "'-00ff'");
  EXPECT_EQ(op(S("%c%c"), T({I(65), S("€")}), NB_REMAINDER), "'A€'");
  EXPECT_EQ(op(S("%d %d"), T({I(1)}), NB_REMAINDER), "TypeError: not enough arguments for format string");
  EXPECT_EQ(op(S("%d"), T({I(1), I(2)}), NB_REMAINDER),
            "TypeError: not all arguments converted during string formatting");
  EXPECT_EQ(op(S("%d"), S("x"), NB_REMAINDER), "TypeError: %d format: a real number is required, not str");
  EXPECT_EQ(op(S("%z"), I(1), NB_REMAINDER),
            "ValueError: unsupported format character 'z' (0x7a) at index 1");
  EXPECT_EQ(op(S("%"), tuple_empty(), NB_REMAINDER), "ValueError: incomplete format");
  EXPECT_EQ(op(S("%*d"), T({I(5), I(3)}), NB_REMAINDER), "'    3'");
  Object* d = dict_new();
  dict_setitem_str(d, "a", I(1));
  EXPECT_EQ(op(S("%(a)s %(a)r"), d, NB_REMAINDER), "'1 1'");
}

TEST(Str, Codecs) {
  EXPECT_EQ(call(S("é"), "encode"), "b'\\xc3\\xa9'");
  EXPECT_EQ(call(S("a"), "encode", {S("utf-16")}), "b'\\xff\\xfea\\x00'");
  EXPECT_EQ(call(S("a"), "encode", {S("utf-32")}), "b'\\xff\\xfe\\x00\\x00a\\x00\\x00\\x00'");
  EXPECT_EQ(call(S("é"), "encode", {S("ascii")}),
            "UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in "
            "range(128)");
  EXPECT_EQ(call(S("éx€"), "encode", {S("ascii"), S("xmlcharrefreplace")}), "b'&#233;x&#8364;'");
  EXPECT_EQ(call(S("éx€"), "encode", {S("latin-1"), S("backslashreplace")}), "b'\\xe9x\\\\u20ac'");
  EXPECT_EQ(call(S("a"), "encode", {S("nope")}), "LookupError: unknown encoding: nope");
  EXPECT_EQ(
      call(S("\xed\xa0\x80"), "encode"),
      "UnicodeEncodeError: 'utf-8' codec can't encode character '\\ud800' in position 0: surrogates not "
      "allowed");
  EXPECT_EQ(call(S("\xed\xa0\x80"), "encode", {S("utf-8"), S("surrogatepass")}), "b'\\xed\\xa0\\x80'");
  Object* r = str_decode_utf8("\xff", "strict");
  EXPECT_EQ(r, nullptr);
  EXPECT_EQ(take_error(),
            "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
  r = str_decode_utf8("a\xff"
                      "b",
                      "surrogateescape");
  EXPECT_EQ(repr(r), "'a\\udcffb'");
  xdecref(r);
  r = str_decode_utf8("a\xe4\xb8", "replace");
  EXPECT_EQ(repr(r), "'a\xef\xbf\xbd'");
  xdecref(r);
}

TEST(Str, Interning) {
  Object* a = str_intern_utf8("some_identifier");
  Object* b = str_intern_utf8("some_identifier");
  EXPECT_EQ(a, b);
  Object* s1 = str_static("__init__");
  Object* s2 = str_static("__init__");
  EXPECT_EQ(s1, s2);
  decref(a);
  decref(b);
}

TEST(Str, Iterator) {
  Object* s = S("ab");
  Object* it = object_get_iter(s);
  EXPECT_STREQ(type_name_of(it), "str_ascii_iterator");
  Object* x = iter_next(it);
  EXPECT_EQ(repr(x), "'a'");
  decref(x);
  decref(it);
  decref(s);
  s = S("é");
  it = object_get_iter(s);
  EXPECT_STREQ(type_name_of(it), "str_iterator");
  decref(it);
  decref(s);
}

} // namespace
} // namespace coil

namespace coil {
namespace {

TEST(Str, MoreEdgeCases) {
  EXPECT_EQ(call(S("abc"), "__sizeof__"), "52");
  EXPECT_EQ(call(S("€"), "__sizeof__"), "76");
  EXPECT_EQ(call(S("ab"), "__getnewargs__"), "('ab',)");
  EXPECT_EQ(call(S("abc"), "translate", {dict_new()}), "'abc'");
  EXPECT_EQ(call(S("a"), "zfill"), "TypeError: str.zfill() takes exactly one argument (0 given)");
  EXPECT_EQ(call(S("a"), "ljust", {S("x")}), "TypeError: 'str' object cannot be interpreted as an integer");
  EXPECT_EQ(call(S("a"), "encode", {I(1)}), "TypeError: encode() argument 'encoding' must be str, not int");
  EXPECT_EQ(call(S("aaa"), "replace", {S("a"), S("b"), I(-1)}), "'bbb'");
  EXPECT_EQ(call(S("x"), "endswith", {S(""), I(1)}), "True");
  EXPECT_EQ(call(S("x"), "startswith", {S(""), I(2)}), "False");
  EXPECT_EQ(op(S("%.0f|%08.3e|%g"),
               T({float_from_double(0.5), float_from_double(1234.5), float_from_double(1e-5)}), NB_REMAINDER),
            "'0|1.234e+03|1e-05'");
  EXPECT_EQ(op(S("%c"), I(0x110000), NB_REMAINDER), "OverflowError: %c arg not in range(0x110000)");
  EXPECT_EQ(op(S("%(a"), dict_new(), NB_REMAINDER), "ValueError: incomplete format key");
  EXPECT_EQ(op(S("%(a)s"), I(1), NB_REMAINDER), "TypeError: format requires a mapping");
}

} // namespace
} // namespace coil
