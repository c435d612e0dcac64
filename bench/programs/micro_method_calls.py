"""micro_method_calls: calls of Python methods on instances: a plain
method, a method calling another through self, a method inherited from a
base class, a classmethod and a staticmethod, with positional and keyword
arguments."""
import sys

DEFAULT_SIZE = 2500000
SMOKE_SIZE = 5000


class Base:
    def inherited(self, x):
        return x + 1


class Counter(Base):
    def __init__(self):
        self.count = 0

    def bump(self, k):
        self.count += k
        return self.count

    def twice(self, k):
        return self.bump(k) + self.bump(k)

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def pure(a, b=2):
        return a * b


def work(n):
    c = Counter.make()
    total = 0
    for i in range(n):
        total += c.bump(1)
        total += c.twice(2) & 255
        total += c.inherited(i)
        total += Counter.pure(i, b=3)
    return total, c.count


def main(n):
    total, count = work(n)
    return "micro_method_calls %d: %d, count %d" % (n, total, count)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE))
