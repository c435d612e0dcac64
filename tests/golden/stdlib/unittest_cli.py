# unittest: main() options (-h, -v, -q, -f, -b, -k, --locals, bad option) and buffered output
import sys
import unittest

from _unittest_helpers import Stream


class Noisy(unittest.TestCase):
    def test_1_prints_and_passes(self):
        print("output of a passing test")

    def test_2_prints_and_fails(self):
        print("output of a failing test")
        sys.stderr.write("error output")
        value = 42
        self.assertEqual(value, 43)

    def test_3_after(self):
        pass


class Runner(unittest.TextTestRunner):
    def __init__(self, **kwargs):
        self.captured = Stream()
        kwargs["stream"] = self.captured
        super().__init__(**kwargs)
        print("runner options:", sorted((k, v) for k, v in kwargs.items() if k != "stream"))

    def run(self, test):
        result = super().run(test)
        print(self.captured.text())
        return result


def run(*args):
    print("=== argv:", args)
    try:
        unittest.main(argv=["prog.py", *args], testRunner=Runner)
    except SystemExit as e:
        print("exit", e.code)


run()
run("-v")
run("-q")
run("-f")
run("-b")
run("-b", "-v", "Noisy.test_2_prints_and_fails")
run("--locals", "-k", "fails")
run("-k", "3", "-k", "test_1*")
run("-h")
saved = sys.stderr
sys.stderr = Stream()
run("--no-such-option")
err = sys.stderr
sys.stderr = saved
print(err.text())
