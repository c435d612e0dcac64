"""fib: the naive doubly recursive Fibonacci function (call overhead,
small-int arithmetic, comparisons). Prints fib(N) and the number of calls.
"""
import sys

DEFAULT_SIZE = 35
SMOKE_SIZE = 15


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main(n):
    value = fib(n)
    a, b = 0, 1
    for _ in range(n + 1):
        a, b = b, a + b
    calls = 2 * a - 1  # fib(n) makes 2 * fib(n + 1) - 1 calls
    return "fib(%d) = %d (%d calls)" % (n, value, calls)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE))
