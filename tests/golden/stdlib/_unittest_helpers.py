# Helpers of the unittest golden tests: a stream that collects a runner's
# output (the timing of the "Ran N tests in X.XXXs" line normalised), and a
# test case with check() to print assert methods' failure messages.
import unittest


class Stream:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass

    def text(self):
        out = []
        for line in "".join(self.parts).split("\n"):
            if line.startswith("Ran ") and " in " in line:
                line = line[:line.index(" in ")] + " in 0.000s"
            out.append(line)
        return "\n".join(out)


class T(unittest.TestCase):
    def runTest(self):
        pass


# A test case for calling assert methods directly.
t = T()


def check(name, *args, **kwargs):
    """Calls t.<name>(*args, **kwargs) and prints the failure message."""
    try:
        getattr(t, name)(*args, **kwargs)
    except AssertionError as e:
        print(f"{name}: {e}")
    except Exception as e:
        print(f"{name}: {type(e).__name__}: {e}")
    else:
        print(f"{name}: passed")
