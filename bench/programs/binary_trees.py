"""binary_trees: allocate and walk many complete binary trees (the
Benchmarks Game's binary-trees): a stretch tree of depth N+1, one
long-lived tree of depth N, then for depths 4, 6, ..., N as many trees as
keep the total work constant. Each tree is checked by counting its nodes.
"""
import sys

DEFAULT_SIZE = 16
SMOKE_SIZE = 6
MIN_DEPTH = 4


def make(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make(depth), make(depth))


def check(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check(left) + check(right)


def main(n):
    max_depth = max(MIN_DEPTH + 2, n)
    stretch = check(make(max_depth + 1))
    long_lived = make(max_depth)
    total = 0
    rows = []
    for depth in range(MIN_DEPTH, max_depth + 1, 2):
        iterations = 2 ** (max_depth - depth + MIN_DEPTH)
        nodes = 0
        for _ in range(iterations):
            nodes += check(make(depth))
        rows.append("%d:%d" % (depth, nodes))
        total += nodes
    return "binary_trees %d: stretch %d, long-lived %d, %s, total %d" % (
        n, stretch, check(long_lived), " ".join(rows), total)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE))
