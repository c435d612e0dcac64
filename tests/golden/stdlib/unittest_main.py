# unittest: an ordinary test file run by unittest.main(): dots, F/E/s/x/u, report, exit status
import unittest

from _unittest_helpers import Stream


def helper(x):
    return x["missing"]


class Arithmetic(unittest.TestCase):
    def setUp(self):
        self.values = [1, 2, 3]

    def tearDown(self):
        self.values = None

    def test_sum(self):
        self.assertEqual(sum(self.values), 6)

    def test_fail_equal(self):
        self.assertEqual(sum(self.values), 7)

    def test_error(self):
        helper({})

    def test_list_diff(self):
        self.assertEqual([1, 2, 3, 4], [1, 2, 5, 4, 6])

    def test_dict_diff(self):
        self.assertEqual({"a": 1, "b": [1, 2]}, {"a": 1, "b": [1, 3], "c": None})

    def test_string_diff(self):
        self.assertEqual("line one\nline two\nline three\n", "line one\nline 2\nline three\n")

    def test_with_msg(self):
        self.assertTrue(0, "custom message")

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 2)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
        self.assertRaises(KeyError, helper, {})
        with self.assertRaises(ValueError):
            pass


class Fixtures(unittest.TestCase):
    log = []

    @classmethod
    def setUpClass(cls):
        cls.log.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        cls.log.append("tearDownClass")
        print("class log:", cls.log)

    def test_a(self):
        """First line of the docstring.

        More text."""
        self.log.append("a")
        self.addCleanup(self.log.append, "cleanup a")

    def test_b(self):
        self.log.append("b")
        self.skipTest("skipped inside")


@unittest.skipIf(True, "whole class skipped")
class Skipped(unittest.TestCase):
    def test_never(self):
        raise AssertionError("never runs")


class BrokenSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("setUpClass failed")

    def test_x(self):
        pass


if __name__ == "__main__":
    for verbosity in (1, 2):
        stream = Stream()
        runner = unittest.TextTestRunner(stream=stream, verbosity=verbosity)
        prog = unittest.main(argv=["unittest_main.py"], testRunner=runner, exit=False)
        print(stream.text())
        r = prog.result
        print(r, r.testsRun, len(r.failures), len(r.errors), len(r.skipped),
              len(r.expectedFailures), len(r.unexpectedSuccesses), r.wasSuccessful())
    stream = Stream()
    runner = unittest.TextTestRunner(stream=stream, verbosity=0)
    prog = unittest.main(argv=["unittest_main.py", "Fixtures", "Arithmetic.test_sum"], testRunner=runner, exit=False)
    print(stream.text())
    stream = Stream()
    runner = unittest.TextTestRunner(stream=stream)
    try:
        unittest.main(argv=["unittest_main.py", "-k", "sum"], testRunner=runner)
    except SystemExit as e:
        print("exit", e.code)
    print(stream.text())
    try:
        unittest.main(argv=["unittest_main.py", "-k", "fail"], testRunner=unittest.TextTestRunner(stream=Stream()))
    except SystemExit as e:
        print("exit", e.code)
