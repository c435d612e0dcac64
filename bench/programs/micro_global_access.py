"""micro_global_access: reads and writes of module globals and reads of
builtins from inside a function."""
import sys

DEFAULT_SIZE = 12000000
SMOKE_SIZE = 10000

LIMIT = 1000
STEP = 3
counter = 0


def work(n):
    global counter
    total = 0
    for i in range(n):
        counter += STEP
        if counter > LIMIT:
            counter -= LIMIT
        total += counter + len(DATA)
    return total


DATA = (1, 2, 3)


def main(n):
    return "micro_global_access %d: %d" % (n, work(n))


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE))
