# tuples: construction, singleton syntax, immutability, comparison, hashing, methods.
t = (1, "two", 3.0, None)
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], (), (1,), tuple(), tuple([1, 2]), tuple("ab"))
x = 1, 2, 3
y = 1,
print(x, y, type(y).__name__, (1) == 1, (1,) == 1)
print(t.count(None), t.index(3.0), (1, 2) + (3,), (0,) * 3, 2 * (1, 2), (1, 2) * 0)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), () < (0,), (1, "a") == (1, "a"))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)], (1, 2) in {(1, 2)})
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    t[10]
except IndexError as e:
    print("IndexError:", e)
try:
    t.index("missing")
except ValueError as e:
    print("ValueError:", e)
try:
    (1,) + [2]
except TypeError as e:
    print("TypeError:", e)
m = ([1], [2])
m[0].append(9)
print(m)
print(((1, 2), (3, (4, 5))), str((("a",),)), repr(("'",)), tuple(range(5))[::2])
a, *rest = (1, 2, 3)
print(a, rest, tuple(rest), (1, 2, 3)[1:] == tuple(rest))
print(max((1, 5), (2, 0)), sorted([(2, "b"), (1, "z"), (2, "a")]), sum((1, 2, 3)), 3 in (1, 2, 3))
