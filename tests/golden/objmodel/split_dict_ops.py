# Every dict operation on an instance's __dict__ (a split-key dict in
# CPython 3.11), attribute errors, refcounts, weakrefs, pickling, overrides.
import copy
import gc
import sys
import weakref


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = P(1, 2)
q = P(3, 4)
d = p.__dict__
print(d, len(d), "x" in d, "z" in d, d.get("y"), d.get("z", "-"), d["x"])
print(list(d), list(d.keys()), list(d.values()), list(d.items()), list(reversed(d)))
print(repr(d), str(d), d == {"x": 1, "y": 2}, d == {"y": 2, "x": 1}, d != q.__dict__, d == P(1, 2).__dict__)
print(sorted(d), set(d), {**d, "z": 3}, dict(d), d | {"w": 0}, {"w": 0} | d)
d.update(z=3)
d.update({"w": 4}, v=5)
print(d, p.z, p.w, p.v)
print(d.setdefault("x", 100), d.setdefault("u", 6), p.u)
print(d.pop("u"), d.pop("nope", "dflt"), hasattr(p, "u"))
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError", e)
try:
    d["nope"]
except KeyError as e:
    print("KeyError", e)
del d["w"]
print(d, hasattr(p, "w"))
c = d.copy()
c["x"] = 99
print(c, d, p.x)
keys = d.keys()
items = d.items()
p.t = 7
print(keys, items, "t" in keys, ("t", 7) in items, keys & {"x", "t", "q"}, keys - {"x"})
it = iter(d)
next(it)
p.newattr = 1
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
print(dict.fromkeys(d), len(d.values()), 2 in d.values())
print(vars(p) is p.__dict__, sorted(k for k in dir(p) if not k.startswith("__")))

# Attributes and their errors.
r = P(1, 2)
del r.x
print(r.__dict__, hasattr(r, "x"))
for name in ("x", "nope"):
    try:
        delattr(r, name)
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        getattr(r, name)
    except AttributeError as e:
        print("AttributeError:", e)
r.x = 5
print(r.__dict__, r.x)
object.__setattr__(r, "z", 10)
print(r.z, object.__getattribute__(r, "z"), r.__dict__)
object.__delattr__(r, "z")
print(r.__dict__)
try:
    setattr(r, 1, 2)
except TypeError as e:
    print("TypeError:", e)
r.__dict__[5] = "five"
print(r.__dict__, r.x)
try:
    r.missing
except AttributeError as e:
    print("AttributeError:", e)

# Many attributes: beyond the shared keys' room.
class Many:
    pass


m = Many()
for i in range(40):
    setattr(m, "attr%d" % i, i)
print(len(m.__dict__), m.attr0, m.attr39, list(m.__dict__)[-3:])
m2 = Many()
m2.attr35 = "late"
m2.attr0 = "first"
print(m2.__dict__, sys.getsizeof(m2.__dict__))
del m2.attr35
print(m2.__dict__)

# Refcounts of attribute values.
class R:
    pass


val = object()
print(sys.getrefcount(val))
a1 = R()
a1.v = val
print(sys.getrefcount(val))
a2 = R()
a2.v = val
a2.w = val
print(sys.getrefcount(val))
dd = a2.__dict__
print(sys.getrefcount(val), sys.getrefcount(dd))
del a2.w
print(sys.getrefcount(val))
del a1, a2
print(sys.getrefcount(val), sys.getrefcount(dd))
del dd
print(sys.getrefcount(val))

# Weak references and the collector.
class W:
    pass


gc.collect()
w = W()
w.data = [1, 2]
ref = weakref.ref(w)
w.self = w
print(ref() is w, gc.is_tracked(w))
del w
print(gc.collect(), ref())
w2 = W()
w2.me = w2
w2.__dict__
ref2 = weakref.ref(w2)
del w2
print(gc.collect(), ref2())
w3 = W()
w3.x = 1
print(gc.get_referents(w3)[:1], len(gc.get_referents(w3)))

# Copying goes through __reduce_ex__ and the instance dict (pickle is not
# used: Coil has no pickle module yet).
s = P([1], "two")
s.extra = 3.0
s3 = copy.copy(s)
s4 = copy.deepcopy(s)
print(type(s3).__name__, s3.__dict__, s4.__dict__, s3.x is s.x, s4.x is s.x)
rd = s.__reduce_ex__(2)
print(rd[0].__name__, rd[1][0].__name__, rd[2], rd[2] == s.__dict__, rd[2] is s.__dict__)


# Overrides and descriptors.
class G:
    def __getattr__(self, name):
        return "missing " + name


g = G()
g.a = 1
print(g.a, g.b, g.__dict__)


class S:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)


s = S()
s.a = 3
print(s.a, s.__dict__)


class Prop:
    def __init__(self):
        self.__dict__["p"] = "from dict"
        self.q = 1

    @property
    def p(self):
        return "property"


pr = Prop()
print(pr.p, pr.__dict__)
try:
    pr.p = 2
except AttributeError as e:
    print("AttributeError:", e)


class NonData:
    def __get__(self, obj, cls):
        return "descriptor"


class ND:
    f = NonData()

    def meth(self):
        return "method"


nd = ND()
print(nd.f, nd.meth())
nd.f = "instance"
nd.meth = lambda: "shadowed"
print(nd.f, nd.meth(), sorted(nd.__dict__))
del nd.meth
print(nd.meth())


# __class__ assignment between classes with the same layout.
class A1:
    pass


class A2:
    pass


x = A1()
x.a = 1
x.__class__ = A2
x.b = 2
print(type(x).__name__, x.__dict__, x.a, x.b)
y = A2()
y.b = 3
print(y.__dict__)
