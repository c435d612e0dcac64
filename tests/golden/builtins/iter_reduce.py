# __reduce__/__setstate__/__length_hint__ of the builtin iterators (so copy.copy
# and pickle-style code work), and zip(strict=True) messages.
import copy
def show(x):
    try:
        r = x.__reduce__()
        print(type(x).__name__, r[0].__name__ if hasattr(r[0], '__name__') else r[0], [type(a).__name__ for a in r[1]], r[2:] )
    except Exception as e:
        print(type(x).__name__, 'ERR', type(e).__name__, e)
    try: print('  hint', x.__length_hint__())
    except Exception as e: print('  hint', type(e).__name__, e)
its = [iter([1,2,3]), iter((1,2)), iter(range(5)), iter("abc"), iter("ab\u1234"), iter({1:2}), iter({1}), iter(b"ab"), iter(bytearray(b"x")),
       reversed([1,2]), reversed(range(3)), reversed("ab"), reversed((1,2)), enumerate("ab", 3), zip("ab", [1,2]), map(str, [1]), filter(None, [0,1]),
       iter({1:2}.keys()), iter({1:2}.values()), iter({1:2}.items()), reversed({1:2}), reversed({1:2}.keys()), iter(range(10**20)),
       iter(lambda: 1, 2), iter(frozenset([1]))]
for it in its:
    next(it, None)
    show(it)
for it in [iter([1,2,3]), enumerate([5,6]), zip([1,2],[3,4]), reversed([1,2,3]), iter(range(4)), map(abs, [-1,-2]), filter(None, [1,0,2])]:
    next(it)
    c = copy.copy(it)
    print(type(it).__name__, list(c), list(it))
l = [1,2,3]; it = iter(l); it.__setstate__(2); print(list(it))
it = reversed(l); it.__setstate__(0); print(list(it))
it = iter(range(5)); it.__setstate__(3); print(list(it))
it = iter("hello"); it.__setstate__(10); print(list(it))
for z in [zip([1,2],[3], strict=True), zip([1],[3,4], strict=True), zip([1],[3],[5,6], strict=True), zip([1,2],[1,2],[1], strict=True)]:
    try: print(list(z))
    except ValueError as e: print('ValueError', e)
z = zip([1],[2], strict=True); print(z.__reduce__()[2:], type(z.__reduce__()[1]).__name__)
try: zip(strict=1, x=2)
except TypeError as e: print(e)
print(list(zip()), list(zip(strict=True)))
# Exhausted iterators and huge ranges.
for it in [iter([1]), iter((1,)), iter("a"), iter(b"a"), iter(bytearray(b"a")), reversed([1]), reversed("a"),
           iter({1: 2}), iter({1}), iter(lambda: 1, 1), iter(range(2))]:
    list(it)
    r = it.__reduce__()
    print(type(it).__name__, r[0].__name__, r[1:])
it = iter(range(10**20, 10**20 + 3)); next(it)
print(it.__reduce__(), it.__length_hint__())
it.__setstate__(2); print(list(it))
it = iter(range(10, 0, -3)); next(it)
print(it.__reduce__())
e = enumerate("abc", 10**30); next(e)
print(e.__reduce__()[1][1])
for mk in [lambda: iter([1]), lambda: iter("ab"), lambda: reversed("ab"), lambda: iter(b"ab"), lambda: reversed([1]), lambda: iter((1,)), lambda: iter(range(3))]:
    for v in ["x", 1.5, 10**30, -10**30 if False else -5, True]:
        it = mk()
        try:
            if isinstance(v, int) and v > 10**20 and type(it).__name__ == "range_iterator":
                continue
            it.__setstate__(v)
            print(type(it).__name__, "ok", list(it))
        except Exception as ex:
            print(type(it).__name__, type(ex).__name__, ex)
import copy
d = {"a": 1, "b": 2, "c": 3}
it = iter(d.items()); next(it)
print(list(copy.copy(it)), list(it))
s = {1, 2, 3}
it = iter(s); next(it)
print(sorted(copy.copy(it)), sorted(it))
it = iter(d); next(it); d["z"] = 0
try:
    it.__reduce__()
except RuntimeError as ex:
    print("RuntimeError", ex)
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
r = reversed(Seq()); next(r)
print(r.__reduce__()[2], list(copy.copy(r)), list(r))
m = map(lambda a, b: a + b, [1, 2], [3, 4]); next(m)
print(list(copy.copy(m)), list(m))
