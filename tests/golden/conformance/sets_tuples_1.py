# sets and tuples
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, {3, 4} < a, a >= {1}, a.isdisjoint({9}))
print(a.union([7], (8,)), a.intersection(range(3)), a.difference({1}, {2}), a.symmetric_difference([4, 6]))
s = set()
s.add(1); s.add(1); s.update("ab", [2])
print(sorted(s, key=str), len(s))
s.discard("zz")
s.remove("a")
try:
    s.remove("a")
except KeyError as e:
    print("KeyError:", e)
print(sorted(map(str, s)))
fs = frozenset([1, 2, 2])
print(fs, {fs: "ok"}[frozenset({2, 1})], fs | {3}, type(fs | {3}).__name__, type({3} | fs).__name__)
try:
    fs.add(3)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
print(set(), frozenset(), {()}, set("hello") == set("olleh"), repr(set()), str({1}))
t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t + (4,), t * 2, (1,), (), tuple(), len(t), t[1:], 2 in t)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
mut = ([1], 2)
mut[0].append(3)
print(mut)
try:
    mut[0] += [4]
except TypeError as e:
    print("TypeError:", e)
print(mut)
print((1, 2) < (1, 2, 0), (2,) > (1, 99), (1, "a") == (1, "a"), hash((1, 2)) == hash((1, 2)))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
point = 3, 4
x, y = point
print(point, x, y, type(point).__name__)
print(sorted({(2, 1), (1, 2), (1, 1)}), {1, 2} == frozenset({1, 2}), {1: 2}.keys() == {1})
a &= {1, 2}
a |= {10}
a -= {1}
print(a)
print({x % 4 for x in range(10)}, set(range(3)).pop() in {0, 1, 2})
