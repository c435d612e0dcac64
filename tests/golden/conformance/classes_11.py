# __slots__, class vs instance attributes, mutable default pitfalls
class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


s = Slotted(1)
print(s.a)
try:
    print(s.b)
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
s.b = 2
print(s.a, s.b)
del s.a
try:
    del s.a
except AttributeError as e:
    print("AttributeError:", e)
print(type(Slotted.a).__name__)


class Child(Slotted):
    pass


c = Child(5)
c.extra = "ok"
print(c.a, c.extra, c.__dict__)


class Bag:
    items = []

    def add(self, x):
        self.items.append(x)


b1, b2 = Bag(), Bag()
b1.add(1)
b2.add(2)
print(b1.items, b2.items, Bag.items)


class FixedBag:
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)


f1, f2 = FixedBag(), FixedBag()
f1.add(1)
f2.add(2)
print(f1.items, f2.items)


class Counter:
    total = 0

    def inc(self):
        self.total += 1


k = Counter()
k.inc(); k.inc()
print(k.total, Counter.total, k.__dict__)
del k.total
print(k.total)
try:
    del k.total
except AttributeError as e:
    print("AttributeError:", e)


def append_to(x, lst=[]):
    lst.append(x)
    return lst


print(append_to(1), append_to(2), append_to(3, []))
print(append_to.__defaults__)
