# sys.getsizeof of built-in objects: ints, floats, str kinds, bytes,
# and the growth of list, bytearray, set and dict as CPython 3.11 allocates
import sys
gs = sys.getsizeof
print("ints", [gs(n) for n in (0, 1, -1, 255, 256, 2**30 - 1, 2**30, 2**60, 2**63, 2**64, 10**30, -10**30, 2**1000)])
print("bool/None", gs(True), gs(False), gs(None), gs(...), gs(NotImplemented))
print("floats", gs(0.0), gs(1e300), gs(float("nan")))
print("complex", gs(1j), gs(complex(1, 2)))
print("str ascii", [gs("x" * n) for n in (0, 1, 2, 7, 8, 100)])
print("str latin1", [gs("é" * n) for n in (1, 2, 10)], gs("aé"))
print("str ucs2", [gs("€" * n) for n in (1, 2, 10)], gs("a€"))
print("str ucs4", [gs("😀" * n) for n in (1, 2, 10)], gs("a😀"))
print("bytes", [gs(b"x" * n) for n in (0, 1, 10, 100)])
ba = bytearray()
grow = []
for i in range(40):
    grow.append(gs(ba))
    ba.append(i)
print("bytearray empty", gs(bytearray()), "growth", grow)
print("bytearray from", gs(bytearray(b"abc")), gs(bytearray(10)), gs(bytearray(range(100))))
print("tuples", [gs(tuple(range(n))) for n in (0, 1, 2, 5, 10)])
lst = []
grow = []
for i in range(70):
    grow.append(gs(lst))
    lst.append(i)
print("list growth", grow)
print("list from", [gs(list(range(n))) for n in (0, 1, 2, 5, 10, 100)])
print("list literal", gs([1]), gs([1, 2, 3]), gs([1, 2, 3, 4, 5]), gs([0] * 10), gs([None] * 100))
print("list comp", gs([i for i in range(10)]), gs([i for i in range(100)]))
l2 = list(range(100))
del l2[10:]
print("list shrink", gs(l2))
l3 = list(range(100))
while len(l3) > 3:
    l3.pop()
print("list pop shrink", gs(l3))
l4 = []
l4.extend(range(10))
print("list extend", gs(l4))
st = set()
grow = []
for i in range(40):
    grow.append(gs(st))
    st.add(i)
print("set growth", grow)
print("sets", [gs(set(range(n))) for n in (0, 1, 4, 5, 8, 19, 20, 100)])
print("frozensets", [gs(frozenset(range(n))) for n in (0, 1, 4, 5, 8, 19, 20, 100)])
print("set literal", gs({1, 2, 3}), gs({1, 2, 3, 4, 5, 6}))
d = {}
grow = []
for i in range(40):
    grow.append(gs(d))
    d[i] = i
print("dict growth int keys", grow)
d = {}
grow = []
for i in range(40):
    grow.append(gs(d))
    d[str(i)] = i
print("dict growth str keys", grow)
print("dicts", [gs(dict.fromkeys(range(n))) for n in (0, 1, 5, 6, 10, 11, 21, 22, 100)])
print("dict literal", gs({}), gs({"a": 1}), gs({"a": 1, "b": 2, "c": 3}), gs(dict(a=1, b=2)))
d = {i: i for i in range(20)}
for i in range(15):
    del d[i]
print("dict after deletes", gs(d), gs(dict(d)), gs(d.copy()))
d.clear()
print("dict cleared", gs(d))
print("range", gs(range(0)), gs(range(10**20)))
print("slice", gs(slice(1, 2, 3)))
print("object", gs(object()))
