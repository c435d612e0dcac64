# unittest: assertRegex/assertNotRegex/assertRaisesRegex/assertWarnsRegex and deprecated aliases under main()
import re
import unittest
import warnings

from _unittest_helpers import Stream, check, t

check("assertRegex", "hello world", r"wor.d")
check("assertRegex", "hello world", r"^world")
check("assertRegex", "hello", re.compile("x+"), "with msg")
check("assertNotRegex", "hello world", r"xyz")
check("assertNotRegex", "hello world", r"o w")
check("assertRaisesRegex", ValueError, r"invalid literal", int, "x")
check("assertRaisesRegex", ValueError, r"^nomatch", int, "x")
check("assertWarnsRegex", UserWarning, r"dep.*", warnings.warn, "deprecated thing")
check("assertWarnsRegex", UserWarning, r"other", warnings.warn, "deprecated thing")
with t.assertRaisesRegex(KeyError, "'k'") as cm:
    {}["k"]
print(cm.expected_regex.pattern, cm.exception)
try:
    t.assertRegex("x", "")
except AssertionError as e:
    print("AssertionError:", e)


class Deprecated(unittest.TestCase):
    def test_alias(self):
        self.assertEquals(1, 1)
        self.assertEquals(2, 2)
        self.failUnless(True)


stream = Stream()
with warnings.catch_warnings(record=True) as log:
    unittest.main(argv=["prog"], testRunner=unittest.TextTestRunner(stream=stream), exit=False)
print(stream.text())
print([(w.category.__name__, str(w.message)) for w in log])
