"""unpack_sequence: sequence unpacking in its common forms: a ten-item
tuple and list unpacked into names, starred unpacking, swaps, nested
targets and unpacking in for-loop headers. Prints accumulated sums.
"""
import sys

DEFAULT_SIZE = 2000000
SMOKE_SIZE = 2000


def unpack_tuples(n, t):
    total = 0
    for _ in range(n):
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        total += a + j
    return total


def unpack_lists(n, lst):
    total = 0
    for _ in range(n):
        a, b, c, d, e, f, g, h, i, j = lst
        a, b, c, d, e, f, g, h, i, j = lst
        a, b, c, d, e, f, g, h, i, j = lst
        a, b, c, d, e, f, g, h, i, j = lst
        total += b + i
    return total


def starred_and_swaps(n):
    x, y = 1, 2
    total = 0
    items = (3, 4, 5, 6, 7)
    for k in range(n):
        x, y = y, x
        first, *middle, last = items
        (p, q), r = (k, x), y
        total += first + last + len(middle) + p + q + r
    return total


def loop_targets(n):
    pairs = [(i, i * 2) for i in range(100)]
    total = 0
    for _ in range(n // 100):
        for a, b in pairs:
            total += b - a
        for i, (a, b) in enumerate(pairs):
            total += i + a
    return total


def main(n):
    t = tuple(range(10))
    results = (
        unpack_tuples(n, t),
        unpack_lists(n, list(t)),
        starred_and_swaps(n),
        loop_targets(n),
    )
    return "unpack_sequence %d: %d %d %d %d" % ((n,) + results)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE))
