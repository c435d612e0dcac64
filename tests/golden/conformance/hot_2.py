# Runtime redefinitions while code is hot: globals, builtins, class attributes, methods
def scale(x):
    return x * FACTOR


FACTOR = 2
out = []
for i in range(3000):
    if i == 1500:
        FACTOR = 10
    out.append(scale(i))
print(out[1499], out[1500], sum(out))


def uses_len(items):
    return len(items)


seen = []
for i in range(2000):
    if i == 1000:
        len = lambda x: -1
    seen.append(uses_len([1, 2, 3]))
del len
print(seen[999], seen[1000], uses_len("abcd"))


class Shape:
    sides = 0

    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides"


class Tri(Shape):
    sides = 3


shapes = [Tri() for _ in range(10)]
log = []
for i in range(3000):
    if i == 1000:
        Tri.sides = 33
    if i == 2000:
        Shape.describe = lambda self: "patched"
    log.append(shapes[i % 10].describe())
print(log[999], log[1000], log[2000], len(set(log)))


class Counter:
    def __init__(self):
        self.n = 0

    def step(self):
        self.n += 1
        return self.n


c = Counter()
total = 0
for i in range(4000):
    if i == 2000:
        c.step = lambda: 1000
    total += c.step()
print(total, c.n)
obj = Counter()
vals = []
for i in range(2000):
    if i == 1000:
        obj.__class__ = type("Other", (), {"step": lambda self: -1, "n": 0})
    vals.append(obj.step())
print(vals[999], vals[1000], type(obj).__name__)


def attr_kinds(o):
    return o.value


class A:
    value = "class"


class B:
    def __init__(self):
        self.value = "instance"


class C:
    @property
    def value(self):
        return "property"


objs = [A(), B(), C()]
print([attr_kinds(objs[i % 3]) for i in range(3000)][-3:])
