// Unit tests for the type system: type_ready results, C3 MRO, the method
// cache and type_modified, classes created with type(name, bases, dict),
// __slots__, generic attributes, isinstance/issubclass, descriptors' reprs
// and error messages (expected values from CPython 3.11). The runtime is
// initialised by str_test.cpp's environment.
#include <gtest/gtest.h>

#include <string>

#include "runtime/errors.h"
#include "runtime/object.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type.h"

namespace coil {
namespace {

std::string err() {
  Object* exc = err_fetch();
  if (!exc)
    return "";
  std::string s = type_name_of(exc);
  Object* m = object_str(exc);
  if (m) {
    s += ": " + str_to_std(m);
    decref(m);
  } else {
    err_clear();
  }
  decref(exc);
  return s;
}

std::string repr(Object* o) {
  Object* r = object_repr(o);
  if (!r)
    return "<error " + err() + ">";
  std::string s = str_to_std(r);
  decref(r);
  return s;
}

Object* S(const char* s) {
  return str_from_utf8(s);
}

// type(name, bases, ns) through the type object, as Python code would.
Object* make_class(const char* name, std::initializer_list<Object*> bases, Object* ns = nullptr) {
  Object* n = S(name);
  Object* b = tuple_pack(bases);
  Object* d = ns ? newref(ns) : dict_new();
  Object* args[3] = {n, b, d};
  Object* r = object_vectorcall(&TypeType, args, 3, nullptr);
  decref(n);
  decref(b);
  decref(d);
  return r;
}

TEST(TypeTest, BuiltinReprsAndMro) {
  EXPECT_EQ(repr(&IntType), "<class 'int'>");
  EXPECT_EQ(repr(&TypeType), "<class 'type'>");
  EXPECT_EQ(repr(BoolType.mro), "(<class 'bool'>, <class 'int'>, <class 'object'>)");
  EXPECT_EQ(repr(TypeType.mro), "(<class 'type'>, <class 'object'>)");
  Object* add = object_getattr_str(&IntType, "__add__");
  ASSERT_NE(add, nullptr);
  EXPECT_EQ(repr(add), "<slot wrapper '__add__' of 'int' objects>");
  decref(add);
  Object* append = object_getattr_str(&ListType, "append");
  ASSERT_NE(append, nullptr);
  EXPECT_EQ(repr(append), "<method 'append' of 'list' objects>");
  decref(append);
  Object* name = dict_getitem_str(TypeType.dict, "__name__");
  ASSERT_NE(name, nullptr);
  EXPECT_EQ(repr(name), "<attribute '__name__' of 'type' objects>");
  EXPECT_EQ(dict_getitem_str(ListType.dict, "__hash__"), None);
}

TEST(TypeTest, SlotWrapperCalls) {
  Object* one = int_from_i64(1);
  Object* two = int_from_i64(2);
  Object* add = object_getattr_str(&IntType, "__add__");
  Object* args[2] = {one, two};
  Object* r = object_vectorcall(add, args, 2, nullptr);
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(repr(r), "3");
  decref(r);
  Object* s = S("a");
  Object* bad[2] = {s, one};
  EXPECT_EQ(object_vectorcall(add, bad, 2, nullptr), nullptr);
  EXPECT_EQ(err(), "TypeError: descriptor '__add__' requires a 'int' object but received a 'str'");
  EXPECT_EQ(object_vectorcall(add, args, 1, nullptr), nullptr);
  EXPECT_EQ(err(), "TypeError: expected 1 argument, got 0");
  decref(s);
  decref(add);
  decref(one);
  decref(two);
}

TEST(TypeTest, HeapClassBasics) {
  Object* ns = dict_new();
  Object* v = int_from_i64(7);
  dict_setitem_str(ns, "x", v);
  Object* A = make_class("A", {}, ns);
  ASSERT_NE(A, nullptr) << err();
  EXPECT_EQ(repr(A), "<class 'A'>" /* no __module__ without a frame */);
  Object* inst = object_call_noargs(A);
  ASSERT_NE(inst, nullptr) << err();
  Object* x = object_getattr_str(inst, "x");
  EXPECT_EQ(x, v);
  xdecref(x);
  Object* w = int_from_i64(9);
  EXPECT_EQ(object_setattr_str(inst, "y", w), 0);
  Object* y = object_getattr_str(inst, "y");
  EXPECT_EQ(y, w);
  xdecref(y);
  EXPECT_EQ(object_getattr_str(inst, "nope"), nullptr);
  EXPECT_EQ(err(), "AttributeError: 'A' object has no attribute 'nope'");
  EXPECT_EQ(object_getattr_str(A, "nope"), nullptr);
  EXPECT_EQ(err(), "AttributeError: type object 'A' has no attribute 'nope'");
  Object* one = int_from_i64(1);
  Object* args[1] = {one};
  EXPECT_EQ(object_vectorcall(A, args, 1, nullptr), nullptr);
  EXPECT_EQ(err(), "TypeError: A() takes no arguments");
  EXPECT_EQ(object_isinstance(inst, A), 1);
  EXPECT_EQ(object_isinstance(inst, &IntType), 0);
  Object* tup = tuple_pack({&IntType, A});
  EXPECT_EQ(object_isinstance(inst, tup), 1);
  EXPECT_EQ(object_issubclass(A, &BaseObjectType), 1);
  decref(tup);
  decref(one);
  decref(w);
  decref(inst);
  decref(A);
  decref(v);
  decref(ns);
}

TEST(TypeTest, MethodCacheFollowsAssignments) {
  Object* A = make_class("A", {});
  ASSERT_NE(A, nullptr) << err();
  Object* B = make_class("B", {A});
  ASSERT_NE(B, nullptr) << err();
  Object* name = str_intern_utf8("attr");
  EXPECT_EQ(type_lookup(static_cast<TypeObject*>(B), name), nullptr);
  unsigned int before = static_cast<TypeObject*>(B)->version_tag;
  Object* v = int_from_i64(5);
  ASSERT_EQ(object_setattr(A, name, v), 0);
  EXPECT_NE(static_cast<TypeObject*>(B)->version_tag, before);
  EXPECT_EQ(type_lookup(static_cast<TypeObject*>(B), name), v);
  ASSERT_EQ(object_delattr(A, name), 0);
  EXPECT_EQ(type_lookup(static_cast<TypeObject*>(B), name), nullptr);
  EXPECT_EQ(object_delattr(A, name), -1);
  EXPECT_EQ(err(), "AttributeError: type object 'A' has no attribute 'attr'");
  decref(v);
  decref(name);
  decref(B);
  decref(A);
}

TEST(TypeTest, C3MroAndConflicts) {
  Object* O = make_class("O", {});
  Object* L = make_class("L", {O});
  Object* R = make_class("R", {O});
  Object* M = make_class("M", {L, R});
  ASSERT_NE(M, nullptr) << err();
  EXPECT_EQ(repr(static_cast<TypeObject*>(M)->mro),
            "(<class 'M'>, <class 'L'>, <class 'R'>, <class 'O'>, <class 'object'>)");
  EXPECT_EQ(make_class("Bad", {O, L}), nullptr);
  EXPECT_EQ(err(), "TypeError: Cannot create a consistent method resolution\norder (MRO) for bases O, L");
  EXPECT_EQ(make_class("Dup", {O, O}), nullptr);
  EXPECT_EQ(err(), "TypeError: duplicate base class O");
  EXPECT_EQ(make_class("Lay", {&IntType, &StrType}), nullptr);
  EXPECT_EQ(err(), "TypeError: multiple bases have instance lay-out conflict");
  EXPECT_EQ(make_class("NoBool", {&BoolType}), nullptr);
  EXPECT_EQ(err(), "TypeError: type 'bool' is not an acceptable base type");
  decref(M);
  decref(R);
  decref(L);
  decref(O);
}

TEST(TypeTest, SlotsLayout) {
  Object* ns = dict_new();
  Object* slots = tuple_pack({str_static("x"), str_static("y")});
  dict_setitem_str(ns, "__slots__", slots);
  Object* P = make_class("P", {}, ns);
  ASSERT_NE(P, nullptr) << err();
  auto* tp = static_cast<TypeObject*>(P);
  EXPECT_EQ(tp->dictoffset, 0);
  EXPECT_EQ(tp->basicsize, ssize(sizeof(Object) + 2 * sizeof(Object*)));
  Object* p = object_call_noargs(P);
  ASSERT_NE(p, nullptr) << err();
  EXPECT_EQ(object_getattr_str(p, "x"), nullptr);
  EXPECT_EQ(err(), "AttributeError: 'P' object has no attribute 'x'");
  Object* one = int_from_i64(1);
  EXPECT_EQ(object_setattr_str(p, "x", one), 0);
  Object* x = object_getattr_str(p, "x");
  EXPECT_EQ(x, one);
  xdecref(x);
  EXPECT_EQ(object_setattr_str(p, "z", one), -1);
  EXPECT_EQ(err(), "AttributeError: 'P' object has no attribute 'z'");
  EXPECT_EQ(repr(dict_getitem_str(tp->dict, "x")), "<member 'x' of 'P' objects>");
  decref(one);
  decref(p);
  decref(P);
  decref(slots);
  decref(ns);
}

TEST(TypeTest, IntSubclassKeepsFastSlots) {
  Object* MyInt = make_class("MyInt", {&IntType});
  ASSERT_NE(MyInt, nullptr) << err();
  auto* t = static_cast<TypeObject*>(MyInt);
  EXPECT_EQ(t->as_number->add, IntType.as_number->add);
  EXPECT_EQ(t->hash, IntType.hash);
  EXPECT_NE(t->dictoffset, 0);
  Object* five = int_from_i64(5);
  Object* args[1] = {five};
  Object* m = object_vectorcall(MyInt, args, 1, nullptr);
  ASSERT_NE(m, nullptr) << err();
  EXPECT_EQ(m->type, t);
  EXPECT_EQ(repr(m), "5");
  decref(m);
  decref(five);
  decref(MyInt);
}

TEST(TypeTest, MappingProxyAndSuper) {
  Object* d = object_getattr_str(&BaseObjectType, "__dict__");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->type, &MappingProxyType);
  EXPECT_EQ(repr(d).rfind("mappingproxy({'__new__': <built-in method __new__ of type object at", 0), 0u);
  EXPECT_EQ(object_setitem(d, str_static("x"), None), -1);
  err_clear();
  decref(d);
  Object* A = make_class("A", {});
  Object* B = make_class("B", {A});
  Object* b = object_call_noargs(B);
  Object* args[2] = {B, b};
  Object* su = object_vectorcall(&SuperType, args, 2, nullptr);
  ASSERT_NE(su, nullptr) << err();
  EXPECT_EQ(repr(su), "<super: <class 'B'>, <B object>>");
  decref(su);
  Object* bad[2] = {&IntType, b};
  EXPECT_EQ(object_vectorcall(&SuperType, bad, 2, nullptr), nullptr);
  EXPECT_EQ(err(), "TypeError: super(type, obj): obj must be an instance or subtype of type");
  decref(b);
  decref(B);
  decref(A);
}

} // namespace
} // namespace coil
