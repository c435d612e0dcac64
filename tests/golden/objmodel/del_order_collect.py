# Order of __del__ calls when gc.collect() finds cycles of 2..5 objects,
# cycles through containers, class attributes and resurrection (PEP 442).
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("del", self.name)


def ring(prefix, n):
    nodes = [Node(f"{prefix}{i}") for i in range(n)]
    for i in range(n):
        nodes[i].other = nodes[(i + 1) % n]
    return nodes[0]


gc.collect()
for n in range(2, 6):
    r = ring("r", n)
    del r
    print(n, "collected", gc.collect())

# A cycle held through a list and a dict.
a, b = Node("a"), Node("b")
a.other = [b, Node("listed")]
b.other = {"back": a, "extra": Node("valued")}
del a, b
print("containers collected", gc.collect())

# A cycle through a tuple (tuples are traversed from the end).
t = Node("t")
t.other = (Node("t0"), t, Node("t2"))
del t
print("tuple collected", gc.collect())

# Two separate cycles created interleaved.
x1, y1 = Node("x1"), Node("y1")
x2, y2 = Node("x2"), Node("y2")
x1.other, x2.other = x2, x1
y1.other, y2.other = y2, y1
del x1, x2, y1, y2
print("interleaved collected", gc.collect())

# Objects that survive a collection are re-ordered by it.
keep = []
for i in range(3):
    n = Node(f"k{i}")
    n.other = n
    keep.insert(0, n)
holder = [keep]
print("survivors", gc.collect())
del keep, holder
print("after release", gc.collect())


# Resurrection: __del__ runs once.
saved = []


class Phoenix:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print("phoenix del", self.name)
        saved.append(self)


p = Phoenix("p1")
del p
print("resurrect collected", gc.collect(), len(saved))
saved[0].me = None
saved.clear()
print("second time", gc.collect())


# A class and its instances in a cycle with class attributes.
def make():
    class Holder:
        registry = []

        def __del__(self):
            print("holder del", self.tag)

    for tag in ("h1", "h2", "h3"):
        h = Holder()
        h.tag = tag
        Holder.registry.append(h)


make()
print("class cycle collected", gc.collect())
