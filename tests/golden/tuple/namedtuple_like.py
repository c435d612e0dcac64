# Tuples as records: packing/unpacking in loops, zip, returning multiple values.
def stats(values):
    return min(values), max(values), sum(values) / len(values)
lo, hi, mean = stats([4, 8, 15, 16, 23, 42])
print(lo, hi, mean)
points = [(0, 0), (3, 4), (-1, 1), (6, 8)]
for x, y in points:
    print(f"({x}, {y}) -> {(x * x + y * y) ** 0.5}")
pairs = list(zip("abc", (1, 2, 3)))
print(pairs, dict(pairs), list(zip(*pairs)))
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(3, y=4)
print(p, p.x, p[1], p._asdict(), p._replace(x=10), Point._fields, tuple(p), p == (3, 4))
q = Point(*range(2))
print(q, isinstance(q, tuple), len(q), hash(q) == hash((0, 1)))
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
swap = (1, 2)
a, b = swap
a, b = b, a
print(a, b)
