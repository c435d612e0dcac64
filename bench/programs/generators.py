"""generators: generator functions, `yield from` delegation, generator
expressions chained into pipelines, and send()-driven generators.

Each round walks a balanced binary tree in order through recursive
`yield from`, pushes a range through a pipeline of filtering and mapping
generators, and feeds values into a running-average generator with
send(). Prints the totals of all rounds.
"""
import sys

DEFAULT_SIZE = 200
SMOKE_SIZE = 1
TREE_DEPTH = 12
PIPELINE = 20000


class Tree:
    __slots__ = ("left", "value", "right")

    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self):
        if self.left is not None:
            yield from self.left
        yield self.value
        if self.right is not None:
            yield from self.right


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Tree(build(lo, mid), mid, build(mid + 1, hi))


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def only(pred, items):
    for x in items:
        if pred(x):
            yield x


def scaled(k, items):
    for x in items:
        yield x * k


def running_average():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total // count


def one_round(tree):
    in_order = 0
    previous = -1
    for value in tree:
        if value != previous + 1:
            raise AssertionError("tree out of order")
        previous = value
        in_order += value
    piped = sum(scaled(3, only(lambda x: x % 3 != 0, numbers(PIPELINE))))
    squares = sum(x * x for x in range(PIPELINE) if x & 1)
    averager = running_average()
    next(averager)
    average = 0
    for x in range(0, PIPELINE, 7):
        average = averager.send(x)
    averager.close()
    return in_order, piped, squares, average


def main(n):
    tree = build(0, 2 ** TREE_DEPTH - 1)
    totals = [0, 0, 0, 0]
    for _ in range(n):
        for i, v in enumerate(one_round(tree)):
            totals[i] += v
    return "generators %d: tree %d, pipeline %d, squares %d, average %d" % tuple([n] + totals)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE))
