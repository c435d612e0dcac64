"""micro_attribute_access: loads and stores of instance attributes
(dict-based and __slots__), class attributes read through instances,
and a property."""
import sys

DEFAULT_SIZE = 5000000
SMOKE_SIZE = 5000


class Plain:
    scale = 3

    def __init__(self):
        self.a = 1
        self.b = 2


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1
        self.b = 2


class WithProperty:
    def __init__(self):
        self._v = 5

    @property
    def v(self):
        return self._v


def work(n):
    p = Plain()
    s = Slotted()
    w = WithProperty()
    total = 0
    for i in range(n):
        p.a = p.b + i
        p.b = p.a & 1023
        s.a = s.b + 1
        s.b = s.a & 1023
        total += p.a + p.scale + s.b + w.v
    return total


def main(n):
    return "micro_attribute_access %d: %d" % (n, work(n))


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE))
