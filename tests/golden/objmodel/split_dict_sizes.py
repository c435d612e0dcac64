# sys.getsizeof of instances and their __dict__ under CPython 3.11's
# split-key layout: shared keys per class, values per instance.
import sys


def fresh_class():
    class C:
        pass
    return C


# One instance of a fresh class with n attributes: the dict stays split up
# to 29 attributes, the 30th does not fit the shared keys.
sizes = []
for n in range(0, 36):
    C = fresh_class()
    o = C()
    for i in range(n):
        setattr(o, "a%d" % i, i)
    sizes.append(sys.getsizeof(o.__dict__))
print("n attrs:", sizes)
print("instance:", sys.getsizeof(C()), C().__sizeof__(), C.__basicsize__, C.__weakrefoffset__, C.__dictoffset__)

# Every new instance shrinks the room the shared keys leave to values.
B = fresh_class()
objs = []
sizes = []
for k in range(34):
    o = B()
    objs.append(o)
    o.x = k
    sizes.append(sys.getsizeof(o.__dict__))
print("instances:", sizes)

# Insertion order is per instance; the keys stay shared.
D = fresh_class()
d1 = D()
d1.x, d1.y = 1, 2
d2 = D()
d2.y = 1
d2.x = 2
print("orders:", d1.__dict__, d2.__dict__, sys.getsizeof(d1.__dict__), sys.getsizeof(d2.__dict__))
d3 = D()
d3.x, d3.y, d3.z = 1, 2, 3
del d3.y
print("deleted:", d3.__dict__, sys.getsizeof(d3.__dict__), list(reversed(d3.__dict__)))
d3.y = 9
print("re-added:", d3.__dict__, list(d3.__dict__.items()))

# Materialized before or after the attributes are set.
E = fresh_class()
e = E()
v = vars(e)
print("empty vars:", v, sys.getsizeof(v))
e.a = 1
e.b = 2
print("vars then set:", v, sys.getsizeof(v), v is e.__dict__)

# Operations that keep the split table, and those that combine it.
F = fresh_class()
f = F()
f.a, f.b = 1, 2
fd = f.__dict__
fd["c"] = 3
print("str key added:", fd, sys.getsizeof(fd))
fd[1] = "one"
print("non-str key:", fd, sys.getsizeof(fd))
f.d = 4
print("after combine:", f.__dict__, f.d, sys.getsizeof(f.__dict__))
g = F()
g.a = 1
gd = g.__dict__
print("popitem:", gd.popitem(), sys.getsizeof(gd), gd)
h = F()
h.a = 1
hd = h.__dict__
hd.clear()
print("clear:", hd, sys.getsizeof(hd))
h.a = 5
print("after clear:", hd, sys.getsizeof(hd))

# Copies.
G = fresh_class()
for k in range(1, 13):
    o = G()
    for i in range(k):
        setattr(o, "k%d" % i, i)
    od = o.__dict__
    print("copies", k, sys.getsizeof(od.copy()), sys.getsizeof(dict(od)), sys.getsizeof({**od}),
          sys.getsizeof(od | {}))

# __dict__ replaced.
H = fresh_class()
x = H()
x.a = 1
x.__dict__ = {"b": 2}
print("replaced:", x.__dict__, sys.getsizeof(x.__dict__), sys.getsizeof(x), x.b)
x.c = 3
print("replaced then set:", x.__dict__, sys.getsizeof(x.__dict__))

# Subclasses and __slots__ with __dict__.
class Base:
    pass


class Sub(Base):
    pass


class Slotted:
    __slots__ = ("s", "__dict__")


class SlottedSub(Base):
    __slots__ = ("t",)


s = Sub()
s.a = 1
sl = Slotted()
sl.s = 1
sl.q = 2
ss = SlottedSub()
ss.t = 1
ss.u = 2
print("sub:", sys.getsizeof(s), sys.getsizeof(s.__dict__))
print("slots+dict:", sys.getsizeof(sl), sys.getsizeof(sl.__dict__), sl.__dict__)
print("slotted sub:", sys.getsizeof(ss), sys.getsizeof(ss.__dict__), ss.__dict__, SlottedSub.__basicsize__)


class IntSub(int):
    pass


class ListSub(list):
    pass


i = IntSub(5)
i.x = 1
ls = ListSub()
ls.x = 1
print("int sub:", sys.getsizeof(i.__dict__), i.__dict__)
print("list sub:", sys.getsizeof(ls), sys.getsizeof(ls.__dict__))
