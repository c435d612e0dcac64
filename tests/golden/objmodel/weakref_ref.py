# weakref.ref and weakref.proxy: liveness, callbacks, sharing, hashing,
# equality, getweakrefcount/getweakrefs, types that support weak references.
import sys
import weakref


class A:
    def __init__(self, v=0):
        self.v = v

    def __repr__(self):
        return f"A({self.v})"

    def __eq__(self, other):
        return isinstance(other, A) and self.v == other.v

    def __hash__(self):
        return hash(self.v)


a = A(1)
r = weakref.ref(a)
print(r() is a, r() == A(1))
print(type(r).__name__, type(r) is weakref.ReferenceType, weakref.ref is weakref.ReferenceType)
print("shared basic ref", weakref.ref(a) is r, weakref.getweakrefcount(a))
del a
print("dead", r(), r() is None)

# Callbacks receive the dead reference.
log = []
b = A(2)
def cb(ref):
    log.append(("cb", ref is rb, ref()))
rb = weakref.ref(b, cb)
print("callback ref is new", rb is not weakref.ref(b), rb.__callback__ is cb)
del b
print(log, rb.__callback__)

# Several callbacks run newest-last in list order; basic refs die silently.
order = []
c = A(3)
r1 = weakref.ref(c, lambda w: order.append(1))
r2 = weakref.ref(c, lambda w: order.append(2))
r0 = weakref.ref(c)
p0 = weakref.proxy(c)
r3 = weakref.ref(c, lambda w: order.append(3))
print("count", weakref.getweakrefcount(c))
refs = weakref.getweakrefs(c)
print("order of getweakrefs", [x is r0 for x in refs], [x is p0 for x in refs], [x is r1 for x in refs])
del c
print("callbacks", order)
print("all dead", r0(), r1(), r2(), r3())

# Exceptions in callbacks are reported, not raised.
reported = []
def hook(args):
    reported.append((args.exc_type.__name__, str(args.exc_value), args.object is bad_cb))
old_hook = sys.unraisablehook
sys.unraisablehook = hook
def bad_cb(ref):
    raise RuntimeError("callback failed")
d = A(4)
rd = weakref.ref(d, bad_cb)
del d
print("unraisable", reported)
sys.unraisablehook = old_hook

# Hashing and equality.
e1 = A(5)
e2 = A(5)
w1 = weakref.ref(e1)
w2 = weakref.ref(e2)
print("equal referents", w1 == w2, w1 != w2, hash(w1) == hash(e1))
del e2
print("one dead", w1 == w2, w1 != w2, w2 == w2)
try:
    hash(w2)
except TypeError as exc:
    print("TypeError:", exc)
e3 = A(6)
w3 = weakref.ref(e3)
h = hash(w3)
del e3
print("hash cached after death", hash(w3) == h == hash(6))
print("ordering", w1.__lt__(w3))
try:
    w1 < w3
except TypeError as exc:
    print("TypeError")
d = {w1: "one"}
print("as dict key", d[weakref.ref(e1)])

# Proxies.
class P:
    def __init__(self):
        self.items = [1, 2, 3]
        self.x = 10
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __iter__(self):
        return iter(self.items)
    def __contains__(self, v):
        return v in self.items
    def __add__(self, other):
        return ("add", other)
    def __radd__(self, other):
        return ("radd", other)
    def __call__(self, *args):
        return ("called", args)
    def __str__(self):
        return "P-str"
    def __bool__(self):
        return False
    def method(self):
        return "method"
o = P()
p = weakref.proxy(o)
print(type(p).__name__, type(p) is weakref.CallableProxyType, weakref.proxy(o) is p)
print(p.x, p.method(), len(p), p[1], 2 in p, list(p), str(p), bool(p))
p[0] = 100
p.y = 5
print(o.items, o.y, p + 1, 1 + p, p(1, 2))
del p.y
print(hasattr(o, "y"))
try:
    hash(p)
except TypeError as exc:
    print("TypeError:", exc)
print("proxy vs ref counted", weakref.getweakrefcount(o))
lst = [1, 2]
class L(list):
    pass
ll = L([1, 2, 3])
pl = weakref.proxy(ll)
print(type(pl).__name__, pl == [1, 2, 3], pl + [4], len(pl), pl[-1], sorted(pl, reverse=True))
pl += [9]
print(ll)
num = weakref.proxy(ll)
del o
try:
    p.x
except ReferenceError as exc:
    print("ReferenceError:", exc)
try:
    len(p)
except ReferenceError as exc:
    print("ReferenceError:", exc)

# Proxy callbacks.
def pcb(px):
    print("proxy callback, same proxy:", px is pc)
q = P()
pc = weakref.proxy(q, pcb)
del q

# What supports weak references.
def f():
    pass
class Slotted:
    __slots__ = ("a",)
class SlottedWeak:
    __slots__ = ("a", "__weakref__")
for obj in [f, A, A(0), set(), frozenset(), SlottedWeak(), len, (lambda: 0).__code__,
            (x for x in []), sys, A(0).__repr__, int]:
    try:
        weakref.ref(obj)
        print(type(obj).__name__, "ok")
    except TypeError as exc:
        print("TypeError:", exc)
for obj in [1, "s", (), [], {}, None, Slotted(), object(), b"x", 1.5, weakref.ref(f)]:
    try:
        weakref.ref(obj)
    except TypeError as exc:
        print("TypeError:", exc)
print(weakref.getweakrefcount(1), weakref.getweakrefs(1))

# __weakref__ attribute.
class W:
    pass
w = W()
print("no refs", w.__weakref__)
rw = weakref.ref(w)
print("head", w.__weakref__ is rw)
print(hasattr(SlottedWeak(), "__weakref__"), hasattr(Slotted(), "__weakref__"))

# Argument errors.
for args in [(), (1, 2, 3)]:
    try:
        weakref.ref(*args)
    except TypeError as exc:
        print("TypeError:", exc)
try:
    weakref.ref(w, callback=None)
except TypeError as exc:
    print("TypeError:", exc)
try:
    rw(1)
except TypeError as exc:
    print("TypeError:", exc)
try:
    weakref.proxy()
except TypeError as exc:
    print("TypeError:", exc)

# Subclasses of ref.
class MyRef(weakref.ref):
    def __new__(cls, ob, callback=None, extra=None):
        return super().__new__(cls, ob, callback)

    def __init__(self, ob, callback=None, extra=None):
        super().__init__(ob, callback)
        self.extra = extra
mr = MyRef(w, None, "data")
print(type(mr).__name__, mr() is w, mr.extra, mr is not rw, weakref.getweakrefcount(w))
print(weakref.ref[int])

# Referent dies through a cycle: the collector clears the reference.
import gc
class Node:
    pass
n1 = Node()
n2 = Node()
n1.other, n2.other = n2, n1
seen = []
rn = weakref.ref(n1, lambda r: seen.append("collected"))
del n1, n2
print(rn() is not None)
gc.collect()
print(rn() is None, seen)
