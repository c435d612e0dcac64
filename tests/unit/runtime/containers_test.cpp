// Unit tests for tuple, list, dict, set/frozenset, range and slice: ordering
// (set and dict iteration order vs CPython 3.11 under PYTHONHASHSEED=0),
// growth, hashes, sort stability and error messages. Expected values come
// from python3 (3.11) with PYTHONHASHSEED=0. The runtime (hash seed 0) is
// initialised by str_test.cpp's global environment.
#include <gtest/gtest.h>

#include <cstring>
#include <initializer_list>
#include <string>
#include <vector>

#include "runtime/errors.h"
#include "runtime/object.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/range.h"
#include "runtime/objects/set.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/thread_state.h"

namespace coil {
namespace {

Object* I(int64_t v) {
  return int_from_i64(v);
}
Object* S(const char* s) {
  return str_from_utf8(s);
}

// "Type: message" of the pending exception (cleared), or "" if none.
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
  } else {
    err_clear();
  }
  decref(exc);
  return s;
}

// repr of o (stolen), or the error.
std::string rep(Object* o) {
  if (!o)
    return err();
  Object* r = object_repr(o);
  std::string s = r ? str_to_std(r) : err();
  xdecref(r);
  decref(o);
  return s;
}

// obj.name(*args) -> repr or error; args are stolen.
std::string call(Object* obj, const char* name, std::initializer_list<Object*> args = {}) {
  std::vector<Object*> v(args);
  Object* r = object_call_method(obj, name, v.data(), ssize(v.size()));
  for (Object* a : v)
    decref(a);
  return rep(r);
}

// type(*args) -> new object; args stolen.
Object* make(TypeObject* type, std::initializer_list<Object*> args = {}) {
  std::vector<Object*> v(args);
  Object* r = object_vectorcall(type, v.data(), v.size(), nullptr);
  for (Object* a : v)
    decref(a);
  return r;
}

Object* list_of(std::initializer_list<int64_t> vals) {
  Object* l = list_new(0);
  for (int64_t x : vals) {
    Object* o = I(x);
    list_append(l, o);
    decref(o);
  }
  return l;
}

Object* list_of_str(const std::vector<std::string>& vals) {
  Object* l = list_new(0);
  for (auto& s : vals) {
    Object* o = str_from_utf8(s);
    list_append(l, o);
    decref(o);
  }
  return l;
}

std::string bin(Object* a, Object* b, int kind) {
  Object* r = binary_op(a, b, kind);
  return rep(r);
}

// ---------------------------------------------------------------- tuple

TEST(Tuple, ReprAndEmpty) {
  Object* e1 = tuple_new(0);
  Object* e2 = tuple_empty();
  EXPECT_EQ(e1, e2);
  EXPECT_EQ(rep(e1), "()");
  decref(e2);
  EXPECT_EQ(rep(tuple_pack({I(1)})), "(1,)");
  Object* one = I(1);
  Object* s = S("a");
  Object* inner = tuple_pack({one, s});
  EXPECT_EQ(rep(tuple_pack({inner, None})), "((1, 'a'), None)");
  decref(inner);
  decref(one);
  decref(s);
}

TEST(Tuple, HashMatchesCPython) {
  Object* t = make(&TupleType, {list_of({1, 2, 3})});
  EXPECT_EQ(object_hash(t), 529344067295497451LL);
  decref(t);
  Object* e = tuple_empty();
  EXPECT_EQ(object_hash(e), 5740354900026072187LL);
  decref(e);
  Object* t1 = tuple_pack({});
  decref(t1);
  Object* one = I(1);
  Object* single = tuple_pack({one});
  EXPECT_EQ(object_hash(single), -6644214454873602895LL);
  decref(single);
  decref(one);
}

TEST(Tuple, IndexingAndErrors) {
  Object* t = make(&TupleType, {list_of({10, 20, 30})});
  Object* k = I(5);
  EXPECT_EQ(rep(object_getitem(t, k)), "IndexError: tuple index out of range");
  decref(k);
  k = I(-1);
  EXPECT_EQ(rep(object_getitem(t, k)), "30");
  decref(k);
  Object* sl = slice_new(nullptr, nullptr, I(-2));
  EXPECT_EQ(rep(object_getitem(t, sl)), "(30, 10)");
  decref(sl);
  k = S("a");
  EXPECT_EQ(rep(object_getitem(t, k)), "TypeError: tuple indices must be integers or slices, not str");
  decref(k);
  EXPECT_EQ(call(t, "index", {I(40)}), "ValueError: tuple.index(x): x not in tuple");
  EXPECT_EQ(call(t, "index", {I(30)}), "2");
  EXPECT_EQ(call(t, "count", {I(20)}), "1");
  Object* l = list_of({1});
  EXPECT_EQ(bin(t, l, NB_ADD), "TypeError: can only concatenate tuple (not \"list\") to tuple");
  decref(l);
  EXPECT_EQ(call(t, "__getnewargs__"), "((10, 20, 30),)");
  decref(t);
}

TEST(Tuple, Comparison) {
  Object* a = make(&TupleType, {list_of({1, 2})});
  Object* b = make(&TupleType, {list_of({1, 3})});
  EXPECT_EQ(object_richcompare_bool(a, b, CMP_LT), 1);
  EXPECT_EQ(object_richcompare_bool(a, a, CMP_EQ), 1);
  Object* c = make(&TupleType, {list_of({1, 2, 0})});
  EXPECT_EQ(object_richcompare_bool(a, c, CMP_LT), 1);
  Object* one = I(1);
  Object* s = S("a");
  Object* d = tuple_pack({one, s});
  EXPECT_EQ(object_richcompare_bool(a, d, CMP_LT), -1);
  EXPECT_EQ(err(), "TypeError: '<' not supported between instances of 'int' and 'str'");
  decref(one);
  decref(s);
  decref(a);
  decref(b);
  decref(c);
  decref(d);
}

// ---------------------------------------------------------------- list

TEST(List, GrowthMatchesCPython) {
  const std::vector<ssize> expected = {4,  4,  4,  4,  8,  8,  8,  8,  16, 16, 16, 16, 16, 16, 16,
                                       16, 24, 24, 24, 24, 24, 24, 24, 24, 32, 32, 32, 32, 32, 32};
  Object* l = list_new(0);
  for (int i = 0; i < 30; ++i) {
    Object* o = I(i);
    list_append(l, o);
    decref(o);
    EXPECT_EQ(static_cast<ListObject*>(l)->allocated, expected[size_t(i)]) << i;
  }
  decref(l);
  Object* r = make(&RangeType, {I(10)});
  Object* l2 = make(&ListType, {r});
  EXPECT_EQ(static_cast<ListObject*>(l2)->allocated, 10);
  decref(l2);
}

TEST(List, ReprRecursion) {
  Object* l = list_of({1});
  list_append(l, l);
  EXPECT_EQ(rep(newref(l)), "[1, [...]]");
  Object* d = dict_new();
  EXPECT_EQ(dict_setitem(d, l, l), -1);
  EXPECT_EQ(err(), "TypeError: unhashable type: 'list'");
  Object* k = S("k");
  dict_setitem(d, k, d);
  EXPECT_EQ(rep(newref(d)), "{'k': {...}}");
  decref(k);
  // Break the cycles by hand (the collector is not under test here).
  dict_clear(d);
  decref(d);
  call(l, "clear");
  decref(l);
  EXPECT_EQ(rep(list_new(0)), "[]");
}

TEST(List, Methods) {
  Object* l = list_of({3, 1, 2});
  EXPECT_EQ(call(l, "insert", {I(1)}), "TypeError: insert expected 2 arguments, got 1");
  EXPECT_EQ(call(l, "pop", {I(1), I(2)}), "TypeError: pop expected at most 1 argument, got 2");
  EXPECT_EQ(call(l, "index", {I(9)}), "ValueError: 9 is not in list");
  EXPECT_EQ(call(l, "remove", {I(9)}), "ValueError: list.remove(x): x not in list");
  EXPECT_EQ(call(l, "pop", {I(5)}), "IndexError: pop index out of range");
  EXPECT_EQ(call(l, "insert", {I(-100), I(7)}), "None");
  EXPECT_EQ(rep(newref(l)), "[7, 3, 1, 2]");
  EXPECT_EQ(call(l, "pop"), "2");
  EXPECT_EQ(call(l, "pop", {I(0)}), "7");
  EXPECT_EQ(call(l, "reverse"), "None");
  EXPECT_EQ(rep(newref(l)), "[1, 3]");
  EXPECT_EQ(call(l, "extend", {I(1)}), "TypeError: 'int' object is not iterable");
  EXPECT_EQ(call(l, "copy"), "[1, 3]");
  Object* t = tuple_empty();
  EXPECT_EQ(bin(l, t, NB_ADD), "TypeError: can only concatenate list (not \"tuple\") to list");
  decref(t);
  EXPECT_EQ(object_hash(l), -1);
  EXPECT_EQ(err(), "TypeError: unhashable type: 'list'");
  Object* e = list_new(0);
  EXPECT_EQ(call(e, "pop"), "IndexError: pop from empty list");
  decref(e);
  decref(l);
}

TEST(List, SliceAssignment) {
  Object* l = list_of({0, 1, 2, 3, 4, 5});
  Object* sl = slice_new(nullptr, nullptr, I(2));
  Object* v = list_of({9});
  EXPECT_EQ(object_setitem(l, sl, v), -1);
  EXPECT_EQ(err(), "ValueError: attempt to assign sequence of size 1 to extended slice of size 3");
  decref(v);
  v = list_of({7, 8, 9});
  EXPECT_EQ(object_setitem(l, sl, v), 0);
  EXPECT_EQ(rep(newref(l)), "[7, 1, 8, 3, 9, 5]");
  decref(v);
  EXPECT_EQ(object_delitem(l, sl), 0);
  EXPECT_EQ(rep(newref(l)), "[1, 3, 5]");
  decref(sl);
  // l[1:1] = l inserts a copy of itself.
  sl = slice_new(I(1), I(1), nullptr);
  EXPECT_EQ(object_setitem(l, sl, l), 0);
  EXPECT_EQ(rep(newref(l)), "[1, 1, 3, 5, 3, 5]");
  decref(sl);
  // s[5:2] = x inserts at 5.
  sl = slice_new(I(5), I(2), nullptr);
  v = list_of({0});
  EXPECT_EQ(object_setitem(l, sl, v), 0);
  EXPECT_EQ(rep(newref(l)), "[1, 1, 3, 5, 3, 0, 5]");
  decref(v);
  v = I(3);
  EXPECT_EQ(object_setitem(l, sl, v), -1);
  EXPECT_EQ(err(), "TypeError: can only assign an iterable");
  decref(v);
  decref(sl);
  sl = slice_new(nullptr, nullptr, I(-1));
  EXPECT_EQ(object_delitem(l, sl), 0);
  EXPECT_EQ(rep(newref(l)), "[]");
  decref(sl);
  decref(l);
}

TEST(List, SortStableWithKeyAndReverse) {
  // Sort words by length: stable, so equal lengths keep their order.
  Object* l = list_of_str({"ccc", "a", "bb", "dd", "e", "fff", "g"});
  Object* key = dict_getitem_str(Interpreter::main()->builtins, "len");
  ASSERT_NE(key, nullptr);
  ASSERT_EQ(list_sort(l, key, false), 0);
  EXPECT_EQ(rep(newref(l)), "['a', 'e', 'g', 'bb', 'dd', 'ccc', 'fff']");
  ASSERT_EQ(list_sort(l, key, true), 0);
  EXPECT_EQ(rep(newref(l)), "['ccc', 'fff', 'bb', 'dd', 'a', 'e', 'g']");
  decref(l);
  // A long list with many runs: sorted and stable.
  Object* big = list_new(0);
  for (int i = 0; i < 2000; ++i) {
    Object* o = I((i * 7919) % 1009);
    list_append(big, o);
    decref(o);
  }
  ASSERT_EQ(list_sort(big, nullptr, false), 0);
  for (ssize i = 1; i < list_size(big); ++i)
    ASSERT_LE(int_compare(list_get(big, i - 1), list_get(big, i)), 0);
  decref(big);
}

TEST(List, SortErrors) {
  Object* l = list_of({3, 1, 2});
  Object* s = S("a");
  list_append(l, s);
  decref(s);
  EXPECT_EQ(list_sort(l, nullptr, false), -1);
  EXPECT_EQ(err(), "TypeError: '<' not supported between instances of 'str' and 'int'");
  EXPECT_EQ(list_size(l), 4); // every item kept
  decref(l);
  // key=l.append mutates the list during the sort (and returns None keys).
  Object* m = list_of({1, 2});
  Object* app = object_getattr_str(m, "append");
  EXPECT_EQ(list_sort(m, app, false), -1);
  EXPECT_EQ(err(), "TypeError: '<' not supported between instances of 'NoneType' and 'NoneType'");
  EXPECT_EQ(rep(newref(m)), "[1, 2]");
  decref(app);
  // A single element: no comparison, so the mutation is what gets reported.
  Object* one = list_of({1});
  app = object_getattr_str(one, "append");
  EXPECT_EQ(list_sort(one, app, false), -1);
  EXPECT_EQ(err(), "ValueError: list modified during sort");
  decref(app);
  decref(one);
  decref(m);
}

TEST(List, DeepNestingDeallocDoesNotOverflow) {
  Object* l = list_new(0);
  for (int i = 0; i < 1000000; ++i) {
    Object* outer = list_new(0);
    list_append(outer, l);
    decref(l);
    l = outer;
  }
  decref(l); // must not blow the C stack
  Object* t = tuple_empty();
  for (int i = 0; i < 1000000; ++i) {
    Object* outer = tuple_pack({t});
    decref(t);
    t = outer;
  }
  decref(t);
  Object* d = dict_new();
  for (int i = 0; i < 200000; ++i) {
    Object* outer = dict_new();
    dict_setitem_str(outer, "d", d);
    decref(d);
    d = outer;
  }
  decref(d);
  SUCCEED();
}

// ---------------------------------------------------------------- dict

TEST(Dict, OrderGrowthAndDeletion) {
  const char* words[] = {"the",   "quick", "brown", "fox",   "jumps",   "over", "the", "lazy", "dog",
                         "alpha", "beta",  "gamma", "delta", "epsilon", "zeta", "eta", "theta"};
  Object* d = dict_new();
  for (const char* w : words) {
    Object* k = S(w);
    Object* v = I(ssize(strlen(w)));
    dict_setitem(d, k, v);
    decref(k);
    decref(v);
  }
  EXPECT_EQ(dict_delitem_str(d, "quick"), 0);
  EXPECT_EQ(dict_delitem_str(d, "alpha"), 0);
  Object* z = I(0);
  dict_setitem_str(d, "quick", z);
  decref(z);
  EXPECT_EQ(rep(dict_items_list(d)),
            "[('the', 3), ('brown', 5), ('fox', 3), ('jumps', 5), ('over', 4), ('lazy', 4), ('dog', 3), "
            "('beta', 4), ('gamma', 5), ('delta', 5), ('epsilon', 7), ('zeta', 4), ('eta', 3), ('theta', 5), "
            "('quick', 0)]");
  // 16 keys were inserted: 8 -> 16 -> 32 slots as in CPython.
  EXPECT_EQ(static_cast<DictObject*>(d)->capacity, 32);
  decref(d);
}

TEST(Dict, GetItemStr) {
  Object* d = dict_new();
  EXPECT_EQ(dict_getitem_str(d, "x"), nullptr);
  for (int i = 0; i < 100; ++i) {
    Object* v = I(i);
    std::string name = "name" + std::to_string(i);
    dict_setitem_str(d, name.c_str(), v);
    decref(v);
  }
  Object* v = I(-1);
  dict_setitem_str(d, "", v);
  dict_setitem_str(d, "h\xc3\xa9", v); // non-ASCII key: slow path
  decref(v);
  EXPECT_EQ(rep(newref(dict_getitem_str(d, "name42"))), "42");
  EXPECT_EQ(rep(newref(dict_getitem_str(d, ""))), "-1");
  EXPECT_EQ(rep(newref(dict_getitem_str(d, "h\xc3\xa9"))), "-1");
  EXPECT_EQ(dict_getitem_str(d, "name100"), nullptr);
  EXPECT_FALSE(err_occurred());
  decref(d);
}

TEST(Dict, SizeofMatchesCPython) {
  Object* d = dict_new();
  EXPECT_EQ(call(d, "__sizeof__"), "48");
  Object* one = I(1);
  dict_setitem_str(d, "a", one);
  EXPECT_EQ(call(d, "__sizeof__"), "168");
  dict_clear(d);
  dict_setitem(d, one, one);
  EXPECT_EQ(call(d, "__sizeof__"), "208");
  decref(one);
  decref(d);
  Object* r = make(&RangeType, {I(100)});
  d = object_call_method(&DictType, "fromkeys", &r, 1);
  decref(r);
  EXPECT_EQ(call(d, "__sizeof__"), "4672");
  decref(d);
}

TEST(Dict, ErrorsAndMethods) {
  Object* d = dict_new();
  Object* k = list_new(0);
  EXPECT_EQ(rep(object_getitem(d, k)), "TypeError: unhashable type: 'list'");
  decref(k);
  k = I(1);
  EXPECT_EQ(rep(object_getitem(d, k)), "KeyError: 1");
  decref(k);
  EXPECT_EQ(call(d, "popitem"), "KeyError: 'popitem(): dictionary is empty'");
  EXPECT_EQ(call(d, "pop", {I(1)}), "KeyError: 1");
  EXPECT_EQ(call(d, "pop", {I(1), I(5)}), "5");
  EXPECT_EQ(call(d, "get"), "TypeError: get expected at least 1 argument, got 0");
  EXPECT_EQ(call(d, "setdefault", {I(1), I(2)}), "2");
  EXPECT_EQ(call(d, "setdefault", {I(1), I(3)}), "2");
  EXPECT_EQ(call(d, "update", {list_of({1})}),
            "TypeError: cannot convert dictionary update sequence element #0 to a sequence");
  Object* bad = list_new(0);
  Object* inner = list_of({1});
  list_append(bad, inner);
  decref(inner);
  EXPECT_EQ(call(d, "update", {bad}),
            "ValueError: dictionary update sequence element #0 has length 1; 2 is required");
  EXPECT_EQ(rep(newref(d)), "{1: 2}");
  EXPECT_EQ(call(d, "keys"), "dict_keys([1])");
  EXPECT_EQ(call(d, "values"), "dict_values([2])");
  EXPECT_EQ(call(d, "items"), "dict_items([(1, 2)])");
  EXPECT_EQ(call(d, "popitem"), "(1, 2)");
  EXPECT_EQ(rep(newref(d)), "{}");
  decref(d);
}

TEST(Dict, IterationMutationDetected) {
  Object* d = dict_new();
  Object* one = I(1);
  dict_setitem(d, one, one);
  Object* it = object_get_iter(d);
  Object* x = iter_next(it);
  EXPECT_EQ(rep(x), "1");
  Object* two = I(2);
  dict_setitem(d, two, two);
  EXPECT_EQ(iter_next(it), nullptr);
  EXPECT_EQ(err(), "RuntimeError: dictionary changed size during iteration");
  decref(it);
  // Same size, different keys: d = {1: 1, 2: 2}; next -> 1; del d[1]; d[3] = 3; next -> 2; next fails.
  dict_delitem(d, two);
  Object* three = I(3);
  dict_setitem(d, two, two);
  it = object_get_iter(d);
  EXPECT_EQ(rep(iter_next(it)), "1");
  dict_delitem(d, one);
  dict_setitem(d, three, three);
  EXPECT_EQ(rep(iter_next(it)), "2");
  EXPECT_EQ(iter_next(it), nullptr);
  EXPECT_EQ(err(), "RuntimeError: dictionary keys changed during iteration");
  decref(it);
  decref(one);
  decref(two);
  decref(three);
  decref(d);
}

TEST(Dict, ViewsSetOperations) {
  Object* d = dict_new();
  for (int i = 1; i <= 3; ++i) {
    Object* k = I(i);
    Object* v = I(i * 10);
    dict_setitem(d, k, v);
    decref(k);
    decref(v);
  }
  Object* keys = object_call_method(d, "keys", nullptr, 0);
  Object* items = object_call_method(d, "items", nullptr, 0);
  Object* l = list_of({2, 3, 4});
  EXPECT_EQ(bin(keys, l, NB_AND), "{2, 3}");
  EXPECT_EQ(bin(keys, l, NB_OR), "{1, 2, 3, 4}");
  EXPECT_EQ(bin(keys, l, NB_SUBTRACT), "{1}");
  EXPECT_EQ(bin(keys, l, NB_XOR), "{1, 4}");
  Object* rev = object_call_method(keys, "__reversed__", nullptr, 0);
  EXPECT_EQ(rep(sequence_list(rev)), "[3, 2, 1]");
  decref(rev);
  Object* two = I(2);
  Object* twenty = I(20);
  Object* pair = tuple_pack({two, twenty});
  EXPECT_EQ(sequence_contains(items, pair), 1);
  decref(pair);
  decref(two);
  decref(twenty);
  EXPECT_EQ(call(keys, "isdisjoint", {list_of({7})}), "True");
  decref(l);
  decref(keys);
  decref(items);
  decref(d);
}

// ---------------------------------------------------------------- set

TEST(Set, IterationOrderInts) {
  Object* s = set_new(nullptr);
  for (int64_t i : {int64_t(5), int64_t(3), int64_t(100), int64_t(17), int64_t(8), int64_t(1000), int64_t(-1),
                    int64_t(33), int64_t(64), int64_t(1) << 40, int64_t(9), int64_t(12)}) {
    Object* o = I(i);
    set_add(s, o);
    decref(o);
  }
  for (int64_t i : {3, 17, 64}) {
    Object* o = I(i);
    set_discard(s, o);
    decref(o);
  }
  for (int64_t i : {200, 201, 3}) {
    Object* o = I(i);
    set_add(s, o);
    decref(o);
  }
  EXPECT_EQ(rep(sequence_list(s)), "[33, 1099511627776, 3, 100, 5, 8, 1000, 9, 200, 12, 201, -1]");
  decref(s);
  // set(range(-5, 3)): hash(-1) == hash(-2) == -2 collide.
  Object* r = make(&RangeType, {I(-5), I(3)});
  s = set_new(r);
  decref(r);
  EXPECT_EQ(rep(sequence_list(s)), "[0, 1, 2, -1, -5, -4, -3, -2]");
  decref(s);
}

TEST(Set, IterationOrderBigAndPop) {
  Object* r = make(&RangeType, {I(50)});
  Object* s = set_new(r);
  decref(r);
  for (int i = 0; i < 50; i += 3) {
    Object* o = I(i);
    set_discard(s, o);
    decref(o);
  }
  r = make(&RangeType, {I(100), I(130)});
  set_update(s, r);
  decref(r);
  EXPECT_EQ(
      rep(sequence_list(s)),
      "[1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 20, 22, 23, 25, 26, 28, 29, 31, 32, 34, 35, 37, 38, "
      "40, 41, 43, 44, 46, 47, 49, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, "
      "114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129]");
  std::string pops;
  for (int i = 0; i < 5; ++i)
    pops += call(s, "pop") + " ";
  EXPECT_EQ(pops, "1 2 4 5 7 ");
  decref(s);
}

TEST(Set, IterationOrderStrings) {
  std::vector<std::string> words = {"the",   "quick",   "brown", "fox",   "jumps", "over",
                                    "the",   "lazy",    "dog",   "alpha", "beta",  "gamma",
                                    "delta", "epsilon", "zeta",  "eta",   "theta"};
  Object* l = list_of_str(words);
  Object* s = set_new(l);
  decref(l);
  EXPECT_EQ(rep(sequence_list(s)), "['alpha', 'beta', 'brown', 'theta', 'fox', 'zeta', 'the', 'over', 'eta', "
                                   "'gamma', 'quick', 'jumps', 'lazy', 'delta', 'epsilon', 'dog']");
  for (const char* w : {"fox", "alpha"}) {
    Object* o = S(w);
    set_discard(s, o);
    decref(o);
  }
  for (const char* w : {"omega", "fox"}) {
    Object* o = S(w);
    set_add(s, o);
    decref(o);
  }
  EXPECT_EQ(rep(sequence_list(s)), "['beta', 'brown', 'theta', 'omega', 'fox', 'zeta', 'the', 'over', 'eta', "
                                   "'gamma', 'quick', 'jumps', 'lazy', 'delta', 'epsilon', 'dog']");
  decref(s);
  Object* lw = list_of_str(words);
  Object* f = frozenset_new(lw);
  decref(lw);
  EXPECT_EQ(object_hash(f), 5431465112412580473LL);
  decref(f);
}

TEST(Set, FrozensetHashAndRepr) {
  Object* l = list_of({1, 2, 3});
  Object* f = frozenset_new(l);
  EXPECT_EQ(object_hash(f), -272375401224217160LL);
  EXPECT_EQ(rep(newref(f)), "frozenset({1, 2, 3})");
  decref(f);
  decref(l);
  f = frozenset_new(nullptr);
  EXPECT_EQ(object_hash(f), 133146708735736LL);
  EXPECT_EQ(rep(f), "frozenset()");
  EXPECT_EQ(rep(set_new(nullptr)), "set()");
}

TEST(Set, ErrorsAndOperators) {
  Object* s = set_new(nullptr);
  EXPECT_EQ(call(s, "pop"), "KeyError: 'pop from an empty set'");
  EXPECT_EQ(call(s, "remove", {I(1)}), "KeyError: 1");
  EXPECT_EQ(call(s, "add", {list_new(0)}), "TypeError: unhashable type: 'list'");
  Object* l = list_of({1});
  EXPECT_EQ(bin(s, l, NB_SUBTRACT), "TypeError: unsupported operand type(s) for -: 'set' and 'list'");
  EXPECT_EQ(object_richcompare_bool(s, l, CMP_LT), -1);
  EXPECT_EQ(err(), "TypeError: '<' not supported between instances of 'set' and 'list'");
  decref(l);
  Object* a = set_new(nullptr);
  Object* b = set_new(nullptr);
  for (int i = 0; i < 5; ++i) {
    Object* o = I(i);
    set_add(a, o);
    decref(o);
    o = I(i + 3);
    set_add(b, o);
    decref(o);
  }
  EXPECT_EQ(bin(a, b, NB_AND), "{3, 4}");
  EXPECT_EQ(bin(a, b, NB_OR), "{0, 1, 2, 3, 4, 5, 6, 7}");
  EXPECT_EQ(bin(a, b, NB_XOR), "{0, 1, 2, 5, 6, 7}");
  EXPECT_EQ(bin(a, b, NB_SUBTRACT), "{0, 1, 2}");
  EXPECT_EQ(object_richcompare_bool(a, b, CMP_LE), 0);
  EXPECT_EQ(call(a, "issuperset", {list_of({1, 2})}), "True");
  // A set key is looked up as a frozenset.
  Object* fs = frozenset_new(b);
  set_add(s, fs);
  EXPECT_EQ(sequence_contains(s, b), 1);
  decref(fs);
  // Mutation during iteration.
  Object* it = object_get_iter(a);
  decref(iter_next(it));
  Object* o = I(99);
  set_add(a, o);
  decref(o);
  EXPECT_EQ(iter_next(it), nullptr);
  EXPECT_EQ(err(), "RuntimeError: Set changed size during iteration");
  decref(it);
  decref(a);
  decref(b);
  decref(s);
}

// ---------------------------------------------------------------- range / slice

TEST(Range, Basics) {
  EXPECT_EQ(rep(make(&RangeType, {I(10)})), "range(0, 10)");
  EXPECT_EQ(rep(make(&RangeType, {I(1), I(10), I(2)})), "range(1, 10, 2)");
  EXPECT_EQ(rep(make(&RangeType, {I(1), I(10), I(0)})), "ValueError: range() arg 3 must not be zero");
  EXPECT_EQ(rep(make(&RangeType)), "TypeError: range expected at least 1 argument, got 0");
  Object* r = make(&RangeType, {I(10)});
  Object* sl = slice_new(nullptr, nullptr, I(-1));
  EXPECT_EQ(rep(object_getitem(r, sl)), "range(9, -1, -1)");
  decref(sl);
  Object* k = I(20);
  EXPECT_EQ(rep(object_getitem(r, k)), "IndexError: range object index out of range");
  decref(k);
  EXPECT_EQ(call(r, "index", {I(20)}), "ValueError: 20 is not in range");
  EXPECT_EQ(call(r, "count", {I(3)}), "1");
  EXPECT_EQ(object_hash(r), object_hash(r));
  decref(r);
  r = make(&RangeType, {I(5)});
  EXPECT_EQ(object_hash(r), 5795932985296280846LL);
  decref(r);
  r = make(&RangeType, {I(1), I(10), I(3)});
  Object* rev = object_call_method(r, "__reversed__", nullptr, 0);
  EXPECT_EQ(rep(sequence_list(rev)), "[7, 4, 1]");
  decref(rev);
  decref(r);
}

TEST(Range, BigValues) {
  Object* big = int_from_string("100000000000000000000", 10);
  Object* r = make(&RangeType, {big});
  EXPECT_EQ(object_length(r), -1);
  EXPECT_EQ(err(), "OverflowError: Python int too large to convert to C ssize_t");
  Object* m1 = I(-1);
  EXPECT_EQ(rep(object_getitem(r, m1)), "99999999999999999999");
  decref(m1);
  Object* it = object_get_iter(r);
  EXPECT_STREQ(type_name_of(it), "longrange_iterator");
  decref(it);
  decref(r);
}

TEST(Slice, IndicesAndRepr) {
  Object* s = slice_new(I(1), I(2), nullptr);
  EXPECT_EQ(rep(newref(s)), "slice(1, 2, None)");
  EXPECT_EQ(call(s, "indices", {I(-1)}), "ValueError: length should not be negative");
  decref(s);
  s = slice_new(I(-1), nullptr, I(-1));
  EXPECT_EQ(call(s, "indices", {I(5)}), "(4, -1, -1)");
  EXPECT_EQ(object_hash(s), -1);
  EXPECT_EQ(err(), "TypeError: unhashable type: 'slice'");
  decref(s);
  s = slice_new(nullptr, nullptr, I(0));
  ssize a, b, c;
  EXPECT_EQ(slice_unpack(s, &a, &b, &c), -1);
  EXPECT_EQ(err(), "ValueError: slice step cannot be zero");
  decref(s);
}

} // namespace
} // namespace coil
