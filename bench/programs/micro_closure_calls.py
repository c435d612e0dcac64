"""micro_closure_calls: calls of nested functions that read and write
variables of their enclosing scope (cells), and of lambdas."""
import sys

DEFAULT_SIZE = 6000000
SMOKE_SIZE = 5000


def make_counter(step):
    count = 0

    def bump():
        nonlocal count
        count += step
        return count

    def peek(extra):
        return count + extra

    return bump, peek


def work(n):
    bump, peek = make_counter(2)
    add = lambda a, b: a + b
    total = 0
    for i in range(n):
        total = add(total, bump() & 1023)
        total += peek(i & 7)
    return total


def main(n):
    return "micro_closure_calls %d: %d" % (n, work(n))


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE))
