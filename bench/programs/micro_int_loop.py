"""micro_int_loop: a while loop of small-int arithmetic (add, multiply,
modulo, xor, shifts, comparisons) on locals."""
import sys

DEFAULT_SIZE = 9000000
SMOKE_SIZE = 20000


def work(n):
    i = 0
    acc = 0
    while i < n:
        acc = (acc + i * 3) % 1000003
        acc ^= i >> 2
        i += 1
    return acc


def main(n):
    return "micro_int_loop %d: %d" % (n, work(n))


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE))
