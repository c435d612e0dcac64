# Object equality defaults to identity; __eq__ and __ne__; comparison reflection.
class Plain:
    pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q, p is p, [p] == [p], p in [q], p in [p])
class Val:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print(f"  Val({self.v}).__eq__({other!r})")
        if isinstance(other, Val):
            return self.v == other.v
        return NotImplemented
    def __repr__(self):
        return f"Val({self.v})"
print(Val(1) == Val(1))
print(Val(1) != Val(2))
print(Val(1) == 1)
print(1 == Val(1))
print(Val(3) in [Val(1), Val(3)])
class Ordered:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print(f"  __lt__({self.v}, {other.v})")
        return self.v < other.v
    def __gt__(self, other):
        print(f"  __gt__({self.v}, {other.v})")
        return self.v > other.v
print(Ordered(1) < Ordered(2))
print(Ordered(1) > Ordered(2))
try:
    Ordered(1) <= Ordered(2)
except TypeError as e:
    print("TypeError:", e)
print(sorted([Ordered(3), Ordered(1)], key=lambda o: o.v)[0].v)
