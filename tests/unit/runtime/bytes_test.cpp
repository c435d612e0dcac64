// Unit tests for bytes and bytearray: repr, hashing, indexing, constructors,
// methods, % formatting, mutation and error messages (expected values from
// CPython 3.11). The runtime is initialised by str_test.cpp's environment.
#include <gtest/gtest.h>

#include <initializer_list>
#include <string>
#include <vector>

#include "runtime/errors.h"
#include "runtime/object.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace coil {
namespace {

Object* B(std::string_view d) {
  return bytes_from(d);
}
Object* BA(std::string_view d) {
  return bytearray_from(d);
}
Object* S(const char* s) {
  return str_from_utf8(s);
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

std::string err() {
  Object* exc = err_fetch();
  if (!exc)
    return "";
  std::string s = type_name_of(exc);
  Object* m = object_str(exc);
  if (m) {
    std::string t = str_to_std(m);
    if (!t.empty())
      s += ": " + t;
    decref(m);
  }
  decref(exc);
  return s;
}
std::string rep(Object* o) {
  if (!o)
    return err();
  Object* r = object_repr(o);
  std::string s = r ? str_to_std(r) : err();
  xdecref(r);
  decref(o);
  return s;
}
// Calls obj.name(*args); takes over the references to obj and the args.
std::string call(Object* obj, const char* name, std::initializer_list<Object*> args = {}) {
  std::vector<Object*> v(args);
  Object* r = object_call_method(obj, name, v.data(), static_cast<ssize>(v.size()));
  decref(obj);
  for (Object* a : v)
    decref(a);
  return rep(r);
}
std::string op(Object* a, Object* b, int kind) {
  Object* r = binary_op(a, b, kind);
  decref(a);
  decref(b);
  return rep(r);
}

TEST(Bytes, Repr) {
  EXPECT_EQ(rep(B("abc")), "b'abc'");
  EXPECT_EQ(rep(B(std::string_view("\x00"
                                   "a\xff\\'\t",
                                   6))),
            "b\"\\x00a\\xff\\\\'\\t\"");
  EXPECT_EQ(rep(BA("a'")), "bytearray(b\"a'\")");
}

TEST(Bytes, HashAndSingletons) {
  Object* b = B("abc");
  EXPECT_EQ(object_hash(b), -4594863902769663758LL); // equals hash("abc") under PYTHONHASHSEED=0
  decref(b);
  Object* x = B("a");
  Object* y = B("a");
  EXPECT_EQ(x, y);
  decref(x);
  decref(y);
  Object* ba = BA("");
  EXPECT_EQ(object_hash(ba), -1);
  EXPECT_EQ(err(), "TypeError: unhashable type: 'bytearray'");
  decref(ba);
}

TEST(Bytes, IndexingAndOps) {
  Object* b = B("abc");
  Object* i = I(0);
  EXPECT_EQ(rep(object_getitem(b, i)), "97");
  decref(i);
  i = I(5);
  EXPECT_EQ(object_getitem(b, i), nullptr);
  EXPECT_EQ(err(), "IndexError: index out of range");
  decref(i);
  EXPECT_EQ(op(newref(b), B("d"), NB_ADD), "b'abcd'");
  EXPECT_EQ(op(newref(b), I(1), NB_ADD), "TypeError: can't concat int to bytes");
  EXPECT_EQ(op(newref(b), I(2), NB_MULTIPLY), "b'abcabc'");
  EXPECT_EQ(op(BA("a"), B("b"), NB_ADD), "bytearray(b'ab')");
  EXPECT_EQ(op(B("b"), BA("a"), NB_ADD), "b'ba'");
  Object* s = S("a");
  EXPECT_EQ(sequence_contains(b, s), -1);
  EXPECT_EQ(err(), "TypeError: a bytes-like object is required, not 'str'");
  decref(s);
  Object* big = I(300);
  EXPECT_EQ(sequence_contains(b, big), -1);
  EXPECT_EQ(err(), "ValueError: byte must be in range(0, 256)");
  decref(big);
  Object* n = I(98);
  EXPECT_EQ(sequence_contains(b, n), 1);
  decref(n);
  decref(b);
}

TEST(Bytes, Constructor) {
  Object* args = T({S("é"), S("utf-8")});
  EXPECT_EQ(rep(object_call(reinterpret_cast<Object*>(&BytesType), args, nullptr)), "b'\\xc3\\xa9'");
  decref(args);
  args = T({S("a")});
  EXPECT_EQ(rep(object_call(reinterpret_cast<Object*>(&BytesType), args, nullptr)),
            "TypeError: string argument without an encoding");
  decref(args);
  Object* lst = list_new(0);
  for (int64_t v : {1, 300}) {
    Object* item = I(v);
    list_append(lst, item);
    decref(item);
  }
  args = tuple_pack({lst});
  EXPECT_EQ(rep(object_call(reinterpret_cast<Object*>(&BytesType), args, nullptr)),
            "ValueError: bytes must be in range(0, 256)");
  decref(args);
  decref(lst);
  args = T({I(3)});
  EXPECT_EQ(rep(object_call(reinterpret_cast<Object*>(&BytesType), args, nullptr)), "b'\\x00\\x00\\x00'");
  EXPECT_EQ(rep(object_call(reinterpret_cast<Object*>(&ByteArrayType), args, nullptr)),
            "bytearray(b'\\x00\\x00\\x00')");
  decref(args);
  args = T({I(-1)});
  EXPECT_EQ(rep(object_call(reinterpret_cast<Object*>(&BytesType), args, nullptr)),
            "ValueError: negative count");
  decref(args);
}

TEST(Bytes, Methods) {
  EXPECT_EQ(call(B("a,b,,c"), "split", {B(",")}), "[b'a', b'b', b'', b'c']");
  EXPECT_EQ(call(B(" a  b "), "split"), "[b'a', b'b']");
  EXPECT_EQ(call(B("a"), "split", {I(1)}), "TypeError: a bytes-like object is required, not 'int'");
  EXPECT_EQ(call(B("abc"), "find", {I(98)}), "1");
  EXPECT_EQ(call(B("a"), "find", {S("a")}),
            "TypeError: argument should be integer or bytes-like object, not 'str'");
  EXPECT_EQ(call(B("abc"), "index", {B("z")}), "ValueError: subsection not found");
  EXPECT_EQ(call(B("a"), "count", {B("")}), "2");
  EXPECT_EQ(call(B("abc"), "hex", {S(":"), I(2)}), "'61:6263'");
  EXPECT_EQ(call(B("abcde"), "hex", {S(":"), I(-2)}), "'6162:6364:65'");
  EXPECT_EQ(call(newref(reinterpret_cast<Object*>(&BytesType)), "fromhex", {S(" 01 02 ")}), "b'\\x01\\x02'");
  EXPECT_EQ(call(newref(reinterpret_cast<Object*>(&BytesType)), "fromhex", {S("a b")}),
            "ValueError: non-hexadecimal number found in fromhex() arg at position 1");
  EXPECT_EQ(call(B("a"), "center", {I(3), S("x")}),
            "TypeError: center() argument 2 must be a byte string of length 1, not str");
  EXPECT_EQ(call(B("hello world"), "title"), "b'Hello World'");
  EXPECT_EQ(call(B("\xff"), "decode"),
            "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
  EXPECT_EQ(call(B("\xff"), "decode", {S("latin-1")}), "'ÿ'");
  EXPECT_EQ(call(B("-"), "join", {T({B("a"), BA("b")})}), "b'a-b'");
  EXPECT_EQ(call(B("-"), "join", {T({S("a")})}),
            "TypeError: sequence item 0: expected a bytes-like object, str found");
  EXPECT_EQ(call(B("abc"), "translate", {newref(None), B("b")}), "b'ac'");
  EXPECT_EQ(call(BA("abc"), "upper"), "bytearray(b'ABC')");
}

TEST(Bytes, PercentFormat) {
  EXPECT_EQ(op(B("%s %d %c"), T({B("x"), I(5), I(65)}), NB_REMAINDER), "b'x 5 A'");
  EXPECT_EQ(op(B("%s"), S("a"), NB_REMAINDER),
            "TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'str'");
  EXPECT_EQ(op(B("%r"), S("é"), NB_REMAINDER), "b\"'\\\\xe9'\"");
  EXPECT_EQ(op(B("a b"), I(1), NB_REMAINDER),
            "TypeError: not all arguments converted during bytes formatting");
}

TEST(ByteArray, Mutation) {
  Object* ba = BA("abc");
  EXPECT_EQ(call(newref(ba), "append", {I(100)}), "None");
  EXPECT_EQ(call(newref(ba), "append", {I(256)}), "ValueError: byte must be in range(0, 256)");
  EXPECT_EQ(call(newref(ba), "insert", {I(0), I(122)}), "None");
  EXPECT_EQ(rep(newref(ba)), "bytearray(b'zabcd')");
  EXPECT_EQ(call(newref(ba), "pop"), "100");
  EXPECT_EQ(call(newref(ba), "pop", {I(9)}), "IndexError: pop index out of range");
  EXPECT_EQ(call(newref(ba), "remove", {I(9)}), "ValueError: value not found in bytearray");
  EXPECT_EQ(call(newref(ba), "extend", {B("xy")}), "None");
  EXPECT_EQ(call(newref(ba), "reverse"), "None");
  EXPECT_EQ(rep(newref(ba)), "bytearray(b'yxcbaz')");
  Object* i0 = I(0);
  Object* v = I(65);
  EXPECT_EQ(object_setitem(ba, i0, v), 0);
  decref(v);
  v = I(300);
  EXPECT_EQ(object_setitem(ba, i0, v), -1);
  EXPECT_EQ(err(), "ValueError: byte must be in range(0, 256)");
  decref(v);
  EXPECT_EQ(object_delitem(ba, i0), 0);
  decref(i0);
  Object* r = binary_op(ba, B("!"), NB_INPLACE_ADD);
  EXPECT_EQ(r, ba);
  decref(r);
  EXPECT_EQ(rep(newref(ba)), "bytearray(b'xcbaz!')");
  EXPECT_EQ(call(newref(ba), "clear"), "None");
  EXPECT_EQ(rep(newref(ba)), "bytearray(b'')");
  EXPECT_EQ(call(newref(ba), "pop"), "IndexError: pop from empty bytearray");
  decref(ba);
}

} // namespace
} // namespace coil
