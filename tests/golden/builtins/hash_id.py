# hash consistency: equal objects hash equal; unhashables; custom __hash__/__eq__.
print(hash(1) == hash(1.0) == hash(True), hash("abc") == hash("ab" + "c"), hash((1, "a")) == hash((1, "a")))
print(hash(0), hash(-1), hash(-2), hash(10**20) == hash(10**20), hash(1.5), hash(frozenset()) == hash(frozenset()))
print(hash(()) == hash(tuple()), hash(None) == hash(None), type(hash("x")).__name__)
class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x
    def __hash__(self):
        return hash(self.x)
print(P(1) == P(1), hash(P(1)) == hash(P(1)), len({P(1), P(1), P(2)}), P(3) in {P(3)})
class EqOnly:
    def __eq__(self, other):
        return True
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
a = Plain()
print(hash(a) == hash(a), a == a, a != Plain(), {a: 1}[a])
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
class BigHash:
    def __hash__(self):
        return 2**100
print(hash(BigHash()) == hash(2**100))
for v in [[1], {1: 2}, {1}, bytearray(b"")]:
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
s = "interned?"
print(s is s, (1, 2) == (1, 2), None is None, ... is ...)
