# WeakValueDictionary, WeakKeyDictionary, WeakSet, WeakMethod, finalize.
import gc
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Obj({self.name!r})"

    def method(self):
        return f"method of {self.name}"


# WeakValueDictionary
wvd = weakref.WeakValueDictionary()
a, b, c = Obj("a"), Obj("b"), Obj("c")
wvd["a"] = a
wvd["b"] = b
wvd[3] = c
print(len(wvd), sorted(map(str, wvd.keys())), "a" in wvd, wvd["a"], wvd.get("zz", "dflt"))
del b
print(len(wvd), "b" in wvd, wvd.get("b"))
try:
    wvd["b"]
except KeyError as e:
    print("KeyError:", e)
print(sorted((str(k), v.name) for k, v in wvd.items()))
print([v.name for v in wvd.values()])
refs = wvd.valuerefs()
print(len(refs), sorted(r().name for r in refs), type(refs[0]).__name__, refs[0].key in ("a", 3))
print(wvd.pop("a"), len(wvd))
try:
    wvd.pop("a")
except KeyError as e:
    print("KeyError:", e)
print(wvd.pop("a", "gone"))
print(wvd.setdefault("new", c).name, wvd.setdefault("new", a).name)
wvd.update({"x": a}, y=c)
print(sorted(str(k) for k in wvd))
cp = wvd.copy()
print(type(cp).__name__, sorted(str(k) for k in cp))
del a
print(sorted(str(k) for k in wvd), sorted(str(k) for k in cp))
k, v = wvd.popitem()
print("popitem", v is c)
wvd.clear()
print(len(wvd))
# Deleting during iteration is deferred.
objs = [Obj(str(i)) for i in range(5)]
wvd2 = weakref.WeakValueDictionary({i: o for i, o in enumerate(objs)})
seen = []
for key in wvd2:
    seen.append(key)
    if key == 1:
        del objs[3]
print(seen if len(seen) in (4, 5) else "bad", len(wvd2))
merged = wvd2 | {9: objs[0]}
print(type(merged).__name__, sorted(merged.keys()))
print(repr(wvd2).startswith("<WeakValueDictionary at 0x"))

# WeakKeyDictionary
wkd = weakref.WeakKeyDictionary()
k1, k2 = Obj("k1"), Obj("k2")
wkd[k1] = 1
wkd[k2] = 2
print(len(wkd), wkd[k1], k1 in wkd, 5 in wkd, wkd.get(k2), wkd.get(Obj("zz"), "none"))
del k2
print(len(wkd), [k.name for k in wkd], list(wkd.values()), [(k.name, v) for k, v in wkd.items()])
print(len(wkd.keyrefs()), wkd.setdefault(k1, 99), wkd.pop(k1), len(wkd))
try:
    wkd[Obj("missing")]
except KeyError as e:
    print("KeyError:", type(e.args[0]).__name__)
k3 = Obj("k3")
wkd.update({k3: "three"})
print(wkd[k3], repr(wkd).startswith("<WeakKeyDictionary at 0x"))
try:
    wkd[1] = 2
except TypeError as e:
    print("TypeError:", e)
del k3
print(len(wkd))

# WeakSet
ws = weakref.WeakSet()
s1, s2, s3 = Obj("s1"), Obj("s2"), Obj("s3")
ws.add(s1)
ws.add(s2)
ws.add(s1)
print(len(ws), s1 in ws, s3 in ws, 1 in ws)
del s2
print(len(ws), [o.name for o in ws])
ws2 = weakref.WeakSet([s1, s3])
print(sorted(o.name for o in ws | ws2), sorted(o.name for o in ws & ws2), sorted(o.name for o in ws2 - ws))
print(ws <= ws2, ws < ws2, ws2 >= ws, ws == weakref.WeakSet([s1]), ws.isdisjoint(ws2))
ws2.discard(s3)
ws2.remove(s1)
print(len(ws2))
try:
    ws2.remove(s1)
except KeyError as e:
    print("KeyError")
print(ws.pop().name, len(ws))
try:
    ws.pop()
except KeyError as e:
    print("KeyError:", e)
print(weakref.WeakSet[int])
import collections.abc
print(isinstance(ws, collections.abc.MutableSet))

# WeakMethod
o = Obj("m")
wm = weakref.WeakMethod(o.method)
print(wm()(), wm() == o.method, wm == weakref.WeakMethod(o.method))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
calls = []
wm2 = weakref.WeakMethod(o.method, lambda r: calls.append(r is wm2))
del o
print(wm(), wm2(), calls)

# finalize
class Res:
    pass
res = Res()
log = []
fin = weakref.finalize(res, log.append, "finalized")
print(fin.alive, fin.atexit, fin.peek()[1] is log.append, fin.peek()[2])
del res
print(log, fin.alive, fin(), fin.peek())
res2 = Res()
fin2 = weakref.finalize(res2, lambda *a, **k: ("called", a, k), 1, x=2)
print(fin2(), fin2.alive, fin2())
res3 = Res()
fin3 = weakref.finalize(res3, print, "never")
det = fin3.detach()
print(det[0] is res3, det[2], fin3.alive)
del res3
res4 = Res()
fin4 = weakref.finalize(res4, print, "at exit, finalizer 4")
res5 = Res()
fin5 = weakref.finalize(res5, print, "at exit, finalizer 5")
res6 = Res()
fin6 = weakref.finalize(res6, print, "not at exit")
fin6.atexit = False
print(fin4.atexit, fin6.atexit)

# Objects in cycles: weak containers lose them at collection time.
class Cyc:
    pass
x = Cyc()
x.self = x
wv = weakref.WeakValueDictionary(x=x)
del x
gc.collect()
print("after collect", len(wv))

import atexit
atexit.register(print, "atexit registered last, runs first")
print("end of program")
