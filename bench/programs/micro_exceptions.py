"""micro_exceptions: raising and catching exceptions: a built-in
exception raised by the runtime (KeyError, ZeroDivisionError), a user
exception class raised in a callee and caught by its caller, try/finally,
and an exception matched against a tuple of types."""
import sys

DEFAULT_SIZE = 1100000
SMOKE_SIZE = 2000


class AppError(Exception):
    def __init__(self, code):
        Exception.__init__(self, code)
        self.code = code


def fail(i):
    raise AppError(i & 15)


def work(n):
    table = {"a": 1}
    total = 0
    cleanups = 0
    for i in range(n):
        try:
            total += table["b"]
        except KeyError:
            total += 1
        try:
            fail(i)
        except AppError as e:
            total += e.code
        try:
            try:
                total += 10 // (i & 1)
            finally:
                cleanups += 1
        except (ValueError, ZeroDivisionError):
            total += 2
    return total, cleanups


def main(n):
    total, cleanups = work(n)
    return "micro_exceptions %d: %d, %d cleanups" % (n, total, cleanups)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE))
