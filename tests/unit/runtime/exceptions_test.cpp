// Exceptions, traceback text, builtins and sys, exercised from C++ (the
// golden tests cover the same ground end to end through the interpreter).
#include <gtest/gtest.h>

#include <string>

#include "runtime/errors.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/runtime.h"
#include "runtime/thread_state.h"
#include "runtime/traceback.h"

namespace coil {
namespace {

class ExceptionsTest : public ::testing::Test {
protected:
  static void SetUpTestSuite() {
    if (!Interpreter::main()) {
      Config config;
      config.argv = {"prog"};
      ASSERT_EQ(runtime_init(config), 0);
    }
  }
  void TearDown() override {
    if (err_occurred()) {
      Object* e = err_fetch();
      std::string text = format_exception_text(e);
      decref(e);
      ADD_FAILURE() << "exception left pending: " << text;
    }
  }

  // Calls builtins.NAME(*args); new reference or nullptr.
  static Object* call_builtin(const char* name, std::initializer_list<Object*> args) {
    Object* fn = dict_getitem_str(Interpreter::main()->builtins, name);
    EXPECT_NE(fn, nullptr) << name;
    if (!fn)
      return nullptr;
    Object* t = tuple_pack(args);
    Object* r = object_call(fn, t, nullptr);
    decref(t);
    return r;
  }
  static Object* make(TypeObject* type, std::initializer_list<Object*> args) {
    Object* t = tuple_pack(args);
    Object* r = exception_new(type, t);
    decref(t);
    return r;
  }
  static std::string str_of(Object* o) {
    Object* s = object_str(o);
    if (!s)
      return "<error>";
    std::string r = str_to_std(s);
    decref(s);
    return r;
  }
  static std::string repr_of(Object* o) {
    Object* s = object_repr(o);
    if (!s)
      return "<error>";
    std::string r = str_to_std(s);
    decref(s);
    return r;
  }
  // Message of the pending exception (cleared), "Type: msg".
  static std::string take_error() {
    Object* e = err_fetch();
    if (!e)
      return "<none>";
    std::string r = std::string(type_name_of(e)) + ": " + str_of(e);
    decref(e);
    return r;
  }
};

TEST_F(ExceptionsTest, Hierarchy) {
  EXPECT_TRUE(type_is_subtype(ModuleNotFoundError, ImportError));
  EXPECT_TRUE(type_is_subtype(UnboundLocalError, NameError));
  EXPECT_TRUE(type_is_subtype(RecursionError, RuntimeError));
  EXPECT_TRUE(type_is_subtype(BrokenPipeError, ConnectionError));
  EXPECT_TRUE(type_is_subtype(TabError, IndentationError));
  EXPECT_TRUE(type_is_subtype(UnicodeDecodeError, ValueError));
  EXPECT_TRUE(type_is_subtype(ExceptionGroup, BaseExceptionGroup));
  EXPECT_TRUE(type_is_subtype(ExceptionGroup, Exception));
  EXPECT_FALSE(type_is_subtype(KeyboardInterrupt, Exception));
  Object* builtins = Interpreter::main()->builtins;
  EXPECT_EQ(dict_getitem_str(builtins, "IOError"), static_cast<Object*>(OSError));
  EXPECT_EQ(dict_getitem_str(builtins, "EnvironmentError"), static_cast<Object*>(OSError));
}

TEST_F(ExceptionsTest, StrAndRepr) {
  Object* x = str_from_ascii("x");
  Object* a = str_from_ascii("a");
  Object* one = int_from_i64(1);
  Object* e1 = make(ValueError, {x});
  EXPECT_EQ(str_of(e1), "x");
  EXPECT_EQ(repr_of(e1), "ValueError('x')");
  Object* e2 = make(KeyError, {a});
  EXPECT_EQ(str_of(e2), "'a'");
  EXPECT_EQ(repr_of(e2), "KeyError('a')");
  Object* e3 = make(ValueError, {x, one});
  EXPECT_EQ(str_of(e3), "('x', 1)");
  EXPECT_EQ(repr_of(e3), "ValueError('x', 1)");
  Object* e4 = make(TypeError, {});
  EXPECT_EQ(str_of(e4), "");
  EXPECT_EQ(repr_of(e4), "TypeError()");
  for (Object* o : {x, a, one, e1, e2, e3, e4})
    decref(o);
}

TEST_F(ExceptionsTest, OSErrorSubclassByErrno) {
  Object* two = int_from_i64(2);
  Object* msg = str_from_ascii("No such file or directory");
  Object* name = str_from_ascii("x");
  Object* e = make(OSError, {two, msg, name});
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, FileNotFoundError);
  EXPECT_EQ(str_of(e), "[Errno 2] No such file or directory: 'x'");
  EXPECT_EQ(tuple_size(exception_get_args(e)), 2);
  for (Object* o : {two, msg, name, e})
    decref(o);
}

TEST_F(ExceptionsTest, SyntaxErrorStr) {
  Object* msg = str_from_ascii("invalid syntax");
  Object* file = str_from_ascii("/a/f.py");
  Object* line = int_from_i64(1);
  Object* off = int_from_i64(2);
  Object* text = str_from_ascii("x y\n");
  Object* info = tuple_pack({file, line, off, text});
  Object* e = make(SyntaxError, {msg, info});
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(str_of(e), "invalid syntax (f.py, line 1)");
  std::string report = format_exception_text(e);
  EXPECT_EQ(report, "  File \"/a/f.py\", line 1\n    x y\n     ^\nSyntaxError: invalid syntax\n");
  for (Object* o : {msg, file, line, off, text, info, e})
    decref(o);
}

TEST_F(ExceptionsTest, ChainedReportAndNotes) {
  Object* m1 = str_from_ascii("first");
  Object* m2 = str_from_ascii("second");
  Object* inner = make(ValueError, {m1});
  Object* outer = make(KeyError, {m2});
  exception_set_cause(outer, newref(inner));
  Object* note = str_from_ascii("a note\nline two");
  Object* r = object_call_method(outer, "add_note", &note, 1);
  ASSERT_NE(r, nullptr);
  decref(r);
  EXPECT_EQ(format_exception_text(outer),
            "ValueError: first\n\nThe above exception was the direct cause of the following exception:\n\n"
            "KeyError: 'second'\na note\nline two\n");
  for (Object* o : {m1, m2, inner, outer, note})
    decref(o);
}

TEST_F(ExceptionsTest, ExceptionGroups) {
  Object* m = str_from_ascii("m");
  Object* v = make(ValueError, {});
  Object* t = make(TypeError, {});
  Object* list = list_new(0);
  list_append(list, v);
  list_append(list, t);
  Object* g = make(BaseExceptionGroup, {m, list});
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->type, ExceptionGroup); // all nested are Exceptions
  EXPECT_EQ(str_of(g), "m (2 sub-exceptions)");
  Object* arg = ValueError;
  Object* parts = object_call_method(g, "split", &arg, 1);
  ASSERT_NE(parts, nullptr);
  EXPECT_EQ(repr_of(parts), "(ExceptionGroup('m', [ValueError()]), ExceptionGroup('m', [TypeError()]))");
  EXPECT_EQ(format_exception_text(g), "  | ExceptionGroup: m (2 sub-exceptions)\n"
                                      "  +-+---------------- 1 ----------------\n"
                                      "    | ValueError\n"
                                      "    +---------------- 2 ----------------\n"
                                      "    | TypeError\n"
                                      "    +------------------------------------\n");
  Object* empty = list_new(0);
  Object* bad = make(ExceptionGroup, {m, empty});
  EXPECT_EQ(bad, nullptr);
  EXPECT_EQ(take_error(), "ValueError: second argument (exceptions) must be a non-empty sequence");
  for (Object* o : {m, v, t, list, g, parts, empty})
    decref(o);
}

TEST_F(ExceptionsTest, AttributeSetterChecks) {
  Object* e = make(ValueError, {});
  Object* one = int_from_i64(1);
  EXPECT_LT(object_setattr_str(e, "__cause__", one), 0);
  EXPECT_EQ(take_error(), "TypeError: exception cause must be None or derive from BaseException");
  EXPECT_LT(object_setattr_str(e, "__traceback__", one), 0);
  EXPECT_EQ(take_error(), "TypeError: __traceback__ must be a traceback or None");
  decref(e);
  decref(one);
}

TEST_F(ExceptionsTest, NumericBuiltins) {
  Object* a = int_from_i64(255);
  Object* r = call_builtin("hex", {a});
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(str_to_std(r), "0xff");
  decref(r);
  Object* neg = int_from_i64(-5);
  r = call_builtin("bin", {neg});
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(str_to_std(r), "-0b101");
  decref(r);
  Object* big = int_from_i64(0x110000);
  EXPECT_EQ(call_builtin("chr", {big}), nullptr);
  EXPECT_EQ(take_error(), "ValueError: chr() arg not in range(0x110000)");
  Object* ab = str_from_ascii("ab");
  EXPECT_EQ(call_builtin("ord", {ab}), nullptr);
  EXPECT_EQ(take_error(), "TypeError: ord() expected a character, but string of length 2 found");
  Object* l = list_new(0);
  for (int k = 1; k <= 4; k++) {
    Object* n = int_from_i64(k);
    list_append(l, n);
    decref(n);
  }
  r = call_builtin("sum", {l});
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(str_of(r), "10");
  decref(r);
  r = call_builtin("max", {l});
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(str_of(r), "4");
  decref(r);
  Object* empty = list_new(0);
  EXPECT_EQ(call_builtin("min", {empty}), nullptr);
  EXPECT_EQ(take_error(), "ValueError: min() arg is an empty sequence");
  for (Object* o : {a, neg, big, ab, l, empty})
    decref(o);
}

TEST_F(ExceptionsTest, SysValues) {
  Object* sysdict = Interpreter::main()->sysdict;
  ASSERT_NE(sysdict, nullptr);
  EXPECT_EQ(repr_of(dict_getitem_str(sysdict, "version_info")),
            "sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)");
  EXPECT_EQ(repr_of(dict_getitem_str(sysdict, "hash_info")),
            "sys.hash_info(width=64, modulus=2305843009213693951, inf=314159, nan=0, imag=1000003, "
            "algorithm='siphash13', hash_bits=64, seed_bits=128, cutoff=0)");
  EXPECT_EQ(repr_of(dict_getitem_str(sysdict, "stdout")),
            "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>");
  EXPECT_EQ(str_of(dict_getitem_str(sysdict, "platform")), "linux");
}

TEST_F(ExceptionsTest, SystemExitStatus) {
  Object* three = int_from_i64(3);
  Object* e = make(SystemExit, {three});
  EXPECT_EQ(handle_system_exit(e), 3);
  Object* none_exit = make(SystemExit, {});
  EXPECT_EQ(handle_system_exit(none_exit), 0);
  for (Object* o : {three, e, none_exit})
    decref(o);
}

} // namespace
} // namespace coil
