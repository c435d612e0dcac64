# Set algebra: operators and methods, subset tests, in-place updates.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [7]), a.intersection(b, {4}), a.difference(b, {1}), a.symmetric_difference([1, 9]))
print({1, 2} < a, {1, 2} <= a, a < a, a <= a, a > {1}, a >= {5}, a == {4, 3, 2, 1}, a != b)
print({1, 2}.issubset([1, 2, 3]), a.issuperset(range(1, 3)), a.isdisjoint({9}), a.isdisjoint(b))
c = set(a)
c |= {10}
c &= {1, 2, 10, 99}
c -= {2}
c ^= {1, 50}
print(c)
c.update([7, 8], {9})
c.intersection_update(range(8, 60))
print(c)
c.difference_update({8})
c.symmetric_difference_update({9, 11})
print(c)
print(2 in a, 9 not in a, len(a | b), sum(a), max(b), sorted(a ^ b))
try:
    a + b
except TypeError as e:
    print("TypeError:", e)
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
print(a.union([1], (2,), "ab") == a | {"a", "b"}, {1} | frozenset({2}), type(frozenset({2}) | {1}).__name__)
