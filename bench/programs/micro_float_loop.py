"""micro_float_loop: a for loop of float arithmetic on locals
(multiply-add, division, comparison, conversion from int)."""
import sys

DEFAULT_SIZE = 12000000
SMOKE_SIZE = 20000


def work(n):
    x = 0.5
    total = 0.0
    for i in range(n):
        x = x * 1.0000001 + 0.25 / (i + 1.0)
        if x > 10.0:
            x -= 9.5
        total += x * 0.001
    return total, x


def main(n):
    total, x = work(n)
    return "micro_float_loop %d: total %.6f, x %.9f" % (n, total, x)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE))
