// Interpreter unit tests: run small programs through the real frontend and
// check values and exceptions from C++.
#include <gtest/gtest.h>

#include <string>

#include "frontend/compile.h"
#include "interp/interp.h"
#include "runtime/errors.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/int.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/runtime.h"

using namespace coil;

namespace {

class InterpTest : public ::testing::Test {
protected:
  static void SetUpTestSuite() {
    static bool ready = false;
    if (ready)
      return;
    Config c;
    c.argv = {"test"};
    ASSERT_EQ(runtime_init(c), 0);
    frontend::frontend_register();
    ASSERT_EQ(interp::install(), 0);
    ready = true;
  }

  // Runs `source` in a fresh module namespace; returns the namespace (new ref) or nullptr.
  Object* run(const std::string& source) {
    Object* fn = str_from_utf8("<test>");
    Object* code = Interpreter::main()->compile_hook(source, fn, "exec", 0, 0, nullptr);
    decref(fn);
    if (!code)
      return nullptr;
    Object* ns = dict_new();
    dict_setitem_str(ns, "__builtins__", Interpreter::main()->builtins);
    dict_setitem_str(ns, "__name__", str_static("__test__"));
    Object* r = interp::eval_code(code, ns, ns);
    decref(code);
    if (!r) {
      decref(ns);
      return nullptr;
    }
    decref(r);
    return ns;
  }

  int64_t int_var(Object* ns, const char* name) {
    Object* v = dict_getitem_str(ns, name);
    EXPECT_NE(v, nullptr) << name;
    if (!v || !int_check(v))
      return -999999;
    bool overflow;
    return int_as_i64(v, &overflow);
  }

  std::string str_var(Object* ns, const char* name) {
    Object* v = dict_getitem_str(ns, name);
    EXPECT_NE(v, nullptr) << name;
    return v && str_check(v) ? std::string(str_view(v)) : "<missing>";
  }

  // Runs source expected to raise; returns "Type: message".
  std::string error_of(const std::string& source) {
    Object* ns = run(source);
    if (ns) {
      decref(ns);
      return "<no error>";
    }
    Object* exc = err_fetch();
    Object* s = object_str(exc);
    std::string out = std::string(type_name_of(exc)) + ": " + (s ? std::string(str_view(s)) : "?");
    xdecref(s);
    if (!s)
      err_clear();
    decref(exc);
    return out;
  }
};

TEST_F(InterpTest, ArithmeticAndLoops) {
  Object* ns =
      run("t = 0\nfor i in range(10):\n    if i % 2:\n        continue\n    t += i\nelse:\n    t *= 10\n");
  ASSERT_NE(ns, nullptr);
  EXPECT_EQ(int_var(ns, "t"), 200);
  decref(ns);
}

TEST_F(InterpTest, CallsWithEveryArgumentKind) {
  Object* ns = run("def f(a, b=2, /, c=3, *args, d, e=5, **kw):\n"
                   "    return a + b + c + sum(args) + d + e + sum(kw.values())\n"
                   "r1 = f(1, d=4)\n"
                   "r2 = f(1, 1, 1, 1, 1, d=1, e=1, x=1, y=1)\n"
                   "r3 = f(*[1, 2], **{'d': 0, 'z': 10})\n");
  ASSERT_NE(ns, nullptr);
  EXPECT_EQ(int_var(ns, "r1"), 15);
  EXPECT_EQ(int_var(ns, "r2"), 9);
  EXPECT_EQ(int_var(ns, "r3"), 21);
  decref(ns);
}

TEST_F(InterpTest, ArgumentErrorsUseCPythonMessages) {
  EXPECT_EQ(error_of("def f(x): pass\nf()"), "TypeError: f() missing 1 required positional argument: 'x'");
  EXPECT_EQ(error_of("def f(x, y, z): pass\nf()"),
            "TypeError: f() missing 3 required positional arguments: 'x', 'y', and 'z'");
  EXPECT_EQ(error_of("def f(x): pass\nf(1, 2)"),
            "TypeError: f() takes 1 positional argument but 2 were given");
  EXPECT_EQ(error_of("def f(x, y=1): pass\nf(1, 2, 3)"),
            "TypeError: f() takes from 1 to 2 positional arguments but 3 were given");
  EXPECT_EQ(error_of("def f(x): pass\nf(1, x=2)"), "TypeError: f() got multiple values for argument 'x'");
  EXPECT_EQ(error_of("def f(x): pass\nf(y=2)"), "TypeError: f() got an unexpected keyword argument 'y'");
  EXPECT_EQ(error_of("def f(*, k): pass\nf()"),
            "TypeError: f() missing 1 required keyword-only argument: 'k'");
  EXPECT_EQ(error_of("def f(a, /): pass\nf(a=1)"),
            "TypeError: f() got some positional-only arguments passed as keyword arguments: 'a'");
  EXPECT_EQ(error_of("class C:\n    def m(self): pass\nC().m(1)"),
            "TypeError: C.m() takes 1 positional argument but 2 were given");
}

TEST_F(InterpTest, NameAndUnboundErrors) {
  EXPECT_EQ(error_of("undefined_name"), "NameError: name 'undefined_name' is not defined");
  EXPECT_EQ(error_of("def f():\n    x += 1\n    x = 0\nf()"),
            "UnboundLocalError: cannot access local variable 'x' where it is not associated with a value");
}

TEST_F(InterpTest, UnpackingErrors) {
  EXPECT_EQ(error_of("a, b = [1, 2, 3]"), "ValueError: too many values to unpack (expected 2)");
  EXPECT_EQ(error_of("a, b, c = (1, 2)"), "ValueError: not enough values to unpack (expected 3, got 2)");
  EXPECT_EQ(error_of("a, *b, c = [1]"),
            "ValueError: not enough values to unpack (expected at least 2, got 1)");
  EXPECT_EQ(error_of("a, b = 1"), "TypeError: cannot unpack non-iterable int object");
  Object* ns = run("a, *b, c = range(6)\nn = len(b) * 100 + a * 10 + c\n");
  ASSERT_NE(ns, nullptr);
  EXPECT_EQ(int_var(ns, "n"), 405);
  decref(ns);
}

TEST_F(InterpTest, DeepPythonRecursionIsBoundedByTheLimitNotTheCStack) {
  // Python-to-Python calls do not recurse in C, so the limit is reached cleanly.
  EXPECT_EQ(error_of("def f(n): return f(n + 1)\nf(0)"), "RecursionError: maximum recursion depth exceeded");
  Object* ns = run("def g(n):\n    return 0 if n == 0 else 1 + g(n - 1)\nr = g(900)\n");
  ASSERT_NE(ns, nullptr);
  EXPECT_EQ(int_var(ns, "r"), 900);
  decref(ns);
}

TEST_F(InterpTest, ClosuresAndNonlocal) {
  Object* ns =
      run("def counter():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n"
          "    return inc\nc = counter()\nc(); c()\nr = c()\n");
  ASSERT_NE(ns, nullptr);
  EXPECT_EQ(int_var(ns, "r"), 3);
  decref(ns);
}

TEST_F(InterpTest, GeneratorsSendAndYieldFrom) {
  Object* ns = run("def inner():\n    x = yield 1\n    yield x * 2\n    return 'done'\n"
                   "def outer():\n    r = yield from inner()\n    yield r\n"
                   "g = outer()\na = next(g)\nb = g.send(21)\nc = next(g)\n"
                   "try:\n    next(g)\n    d = 'no'\nexcept StopIteration:\n    d = 'stopped'\n");
  ASSERT_NE(ns, nullptr);
  EXPECT_EQ(int_var(ns, "a"), 1);
  EXPECT_EQ(int_var(ns, "b"), 42);
  EXPECT_EQ(str_var(ns, "c"), "done");
  EXPECT_EQ(str_var(ns, "d"), "stopped");
  decref(ns);
}

TEST_F(InterpTest, ExceptionsHandlersAndFinally) {
  Object* ns = run(
      "log = []\n"
      "def f():\n    try:\n        1 / 0\n    except ZeroDivisionError as e:\n        log.append(str(e))\n"
      "        raise ValueError('v') from e\n    finally:\n        log.append('fin')\n"
      "try:\n    f()\nexcept ValueError as e:\n    log.append(type(e.__cause__).__name__)\n"
      "r = '|'.join(log)\n");
  ASSERT_NE(ns, nullptr);
  EXPECT_EQ(str_var(ns, "r"), "division by zero|fin|ZeroDivisionError");
  decref(ns);
}

TEST_F(InterpTest, ClassesWithSuperAndDunders) {
  Object* ns = run(
      "class A:\n    def __init__(self, x): self.x = x\n    def __add__(self, o): return A(self.x + o.x)\n"
      "class B(A):\n    def __init__(self, x):\n        super().__init__(x * 10)\n"
      "r = (B(1) + A(2)).x\n");
  ASSERT_NE(ns, nullptr);
  EXPECT_EQ(int_var(ns, "r"), 12);
  decref(ns);
}

} // namespace
