# Inline caches over instance values (shared keys): the cached index must
# never return a stale or foreign value, whatever happens to the instance,
# its __dict__ or its class. Loops are long enough to reach the JIT tiers.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def total(points):
    s = 0
    for p in points:
        s += p.x * 10 + p.y
    return s


def calls(points):
    s = 0
    for p in points:
        s += p.norm1()
    return s


pts = [Point(i, -i) for i in range(200)]
print(total(pts), calls(pts))

# Different insertion orders share the keys: indices stay right.
odd = Point.__new__(Point)
odd.y = 5
odd.x = 7
pts.append(odd)
print(total(pts), calls(pts))

# Deleting, re-adding, materializing __dict__, replacing it.
pts[0].__dict__
pts[1].__dict__["x"] = 1000
del pts[2].y
pts[2].y = 3
pts[3].__dict__ = {"x": 1, "y": 1}
pts[4].__dict__.clear()
pts[4].x, pts[4].y = 2, 2
print(total(pts), calls(pts))

# A missing attribute after a hit must raise, not return an old value.
victim = Point(1, 2)
for i in range(300):
    if i == 250:
        del victim.x
    try:
        v = victim.x
    except AttributeError as e:
        print(i, "AttributeError:", e)
        break

# Shadowing a method with an instance attribute after the cache was filled.
for i in range(300):
    if i == 200:
        pts[5].norm1 = lambda: "shadow"
    r = pts[5].norm1()
print(r)
del pts[5].norm1
print(pts[5].norm1())

# A new key added to the shared keys after caching a method lookup.
class K:
    def m(self):
        return "method"


ks = [K() for _ in range(5)]
out = []
for i in range(400):
    k = ks[i % 5]
    if i == 300:
        ks[2].m = lambda: "attr"
    out.append(k.m())
print(out.count("method"), out.count("attr"))

# __class__ assignment: the values of one class must not be read through
# the other class's keys.
class A:
    def __init__(self):
        self.a = "A.a"
        self.b = "A.b"


class B:
    def __init__(self):
        self.b = "B.b"
        self.a = "B.a"


objs = [A() for _ in range(50)] + [B() for _ in range(50)]


def read(objs):
    return [o.a + "/" + o.b for o in objs]


for _ in range(3):
    r = read(objs)
objs[0].__class__ = B
objs[99].__class__ = A
r = read(objs)
print(r[0], r[1], r[98], r[99], type(objs[0]).__name__)

# Class attribute vs instance attribute, and a data descriptor added later.
class C:
    shared = "class"


cs = [C() for _ in range(10)]
for c in cs[:5]:
    c.shared = "instance"
print([c.shared for c in cs])
C.shared = property(lambda self: "property")
print([c.shared for c in cs])
del C.shared
print([getattr(c, "shared", "gone") for c in cs])

# Subclass instances have their own shared keys.
class Base:
    def __init__(self):
        self.p = 1


class Derived(Base):
    def __init__(self):
        self.q = 2
        super().__init__()


mixed = [Base(), Derived()] * 100


def sum_p(objs):
    return sum(o.p for o in objs)


print(sum_p(mixed), sum_p(mixed), Derived().__dict__)
