# unittest: assert* failure messages, assertRaises/assertWarns forms, loader/suite/result APIs
import unittest
import warnings

from _unittest_helpers import check, t


check("assertEqual", 1, 1)
check("assertEqual", 1, 2)
check("assertEqual", 1, 2, "extra")
check("assertEqual", (1, 2), (1, 3))
check("assertEqual", [1], (1,))
check("assertEqual", {1, 2}, {2, 3})
check("assertEqual", frozenset({1}), frozenset())
check("assertEqual", "a" * 100, "a" * 99 + "b")
check("assertEqual", "x" * 50 + "abc" + "y" * 50, "x" * 50 + "abd" + "y" * 50)
check("assertEqual", "short", "other")
check("assertEqual", list(range(100)), list(range(99)) + [1000])
check("assertEqual", [[1, 2], [3]], [[1, 2], [4]])
check("assertEqual", {"k": list(range(30))}, {"k": list(range(29))})
check("assertNotEqual", 3, 3)
check("assertTrue", [])
check("assertFalse", [1])
check("assertIs", 1, None)
check("assertIsNot", None, None)
check("assertIsNone", 0)
check("assertIsNotNone", None)
check("assertIn", 5, [1, 2])
check("assertNotIn", 1, [1, 2])
check("assertIsInstance", 1, str)
check("assertNotIsInstance", 1, int)
check("assertLess", 2, 1)
check("assertLessEqual", 2, 1)
check("assertGreater", 1, 2)
check("assertGreaterEqual", 1, 2)
check("assertAlmostEqual", 1.0, 1.00000001)
check("assertAlmostEqual", 1.0, 1.1)
check("assertAlmostEqual", 1.0, 1.1, places=3)
check("assertAlmostEqual", 1.0, 1.1, delta=0.05)
check("assertAlmostEqual", 1.0, 1.1, delta=0.2)
check("assertAlmostEqual", 1.0, 1.1, places=1, delta=0.1)
check("assertNotAlmostEqual", 1.0, 1.00000001)
check("assertNotAlmostEqual", 1.0, 1.1, delta=0.5)
check("assertCountEqual", [1, 2, 2], [2, 1, 2])
check("assertCountEqual", [1, 2, 2, 3], [2, 1, 1])
check("assertCountEqual", [[1], [2]], [[2], [3]])
check("assertSetEqual", {1}, [1])
check("assertSetEqual", 5, {1})
check("assertDictEqual", {}, [])
check("assertMultiLineEqual", "a\nb\n", "a\nc\n")
check("assertMultiLineEqual", "one line", "one lime")
check("assertMultiLineEqual", 1, "x")
check("assertSequenceEqual", [1, 2], [1, 2, 3])
check("assertSequenceEqual", "abc", "abd")
check("assertSequenceEqual", 1, [1])
check("assertListEqual", (1,), [1])
check("assertTupleEqual", (1,), [1])
check("fail")
check("fail", "explicit")
check("assertRaises", ValueError, int, "12")
check("assertRaises", ValueError, int, "x")
check("assertRaises", 5)
check("assertRaises", ValueError, foo=1)
check("assertWarns", UserWarning, warnings.warn, "w")
check("assertWarns", UserWarning, lambda: None)
check("assertWarns", int)

with t.assertRaises(KeyError) as cm:
    {}["k"]
print(type(cm.exception).__name__, cm.exception, cm.exception.__traceback__)
with t.assertRaises((TypeError, ValueError)):
    int("z")
try:
    with t.assertRaises(KeyError, msg="my msg"):
        pass
except AssertionError as e:
    print(e)
try:
    with t.assertRaises(KeyError):
        raise TypeError("passes through")
except TypeError as e:
    print("TypeError passed through:", e)
with t.assertWarns(DeprecationWarning) as cm:
    warnings.warn("old", DeprecationWarning)
print(cm.warning, cm.filename.endswith("unittest_asserts.py"), cm.lineno)
t.longMessage = False
check("assertEqual", 1, 2, "only mine")
check("assertEqual", 1, 2)
t.longMessage = True
t.maxDiff = 20
check("assertEqual", [1, 2, 3], [1, 2, 4])
t.maxDiff = None
check("assertEqual", "a\n" * 3, "a\n" * 2 + "b\n")


class Custom:
    def __eq__(self, other):
        return False

    def __repr__(self):
        raise RuntimeError("bad repr")


r = check("assertEqual", 1, 1.5)
try:
    t.assertEqual(Custom(), Custom())
except AssertionError as e:
    print(str(e).startswith("<__main__.Custom object at"))
t.addTypeEqualityFunc(int, lambda a, b, msg=None: print("custom int equality", a, b))
t.assertEqual(3, 4)


# Loader, suite, result.
class Sample(unittest.TestCase):
    def test_b(self):
        pass

    def test_a(self):
        self.fail("boom")

    def helper(self):
        pass

    test_attr = 5


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Sample))
suite = loader.loadTestsFromTestCase(Sample)
print(suite.countTestCases(), [str(x) for x in suite])
print(repr(suite))
result = unittest.TestResult()
suite.run(result)
print(result, result.testsRun, len(result.failures), result.failures[0][0].id())
print(result.failures[0][1].splitlines()[-1])
print(suite.countTestCases(), list(suite))
s2 = unittest.TestSuite([Sample("test_a"), Sample("test_b")])
s2.addTest(unittest.FunctionTestCase(lambda: None, description="a function"))
print(s2.countTestCases())
try:
    s2.addTest(Sample)
except TypeError as e:
    print("TypeError:", e)
try:
    s2.addTest(5)
except TypeError as e:
    print("TypeError:", e)
try:
    s2.addTests("abc")
except TypeError as e:
    print("TypeError:", e)
try:
    Sample("test_nothing")
except ValueError as e:
    print("ValueError:", str(e).replace("<class '__main__.Sample'>", "Sample"))
print(Sample("test_a") == Sample("test_a"), Sample("test_a") == Sample("test_b"), repr(Sample("test_b")), Sample("test_b").id())
print(Sample("test_a").shortDescription(), unittest.FunctionTestCase(lambda: None, description="d").shortDescription())
ft = unittest.FunctionTestCase(len)
print(str(ft), ft.id())
loaded = loader.loadTestsFromName("Sample.test_b", __import__("__main__"))
print(loaded.countTestCases())
try:
    loader.loadTestsFromName("Sample.test_attr", __import__("__main__"))
except TypeError as e:
    print("TypeError:", e)
bad = loader.loadTestsFromName("NoSuchThing", __import__("__main__"))
print(loader.errors[-1].splitlines()[0], bad.countTestCases())
try:
    Sample("test_a").debug()
except AssertionError as e:
    print("debug raised:", e)
res = Sample("test_b").run()
print(res.wasSuccessful(), res.testsRun)
print(unittest.util.safe_repr("x" * 100, short=True))
print(unittest.util.strclass(Sample))
print(unittest.util.sorted_list_difference([1, 2, 3, 3], [2, 4]))
print(unittest.util.unorderable_list_difference([1, [2], 3], [[2], 5]))
print(unittest.util._count_diff_all_purpose([1, [2], [2]], [[2], 3]))
print(unittest.util._common_shorten_repr("a" * 200, "a" * 199 + "b"))
