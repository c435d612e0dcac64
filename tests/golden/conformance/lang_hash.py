class EqOnly:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, EqOnly) and self.v == o.v
print(EqOnly.__hash__)
try:
    hash(EqOnly(1))
except TypeError as e:
    print(e)
try:
    {EqOnly(1)}
except TypeError as e:
    print(e)
try:
    {EqOnly(1): 2}
except TypeError as e:
    print(e)

class Hashable:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Hashable) and self.v == o.v
    def __hash__(self): return hash(self.v)
    def __repr__(self): return f"H({self.v})"
s = {Hashable(1), Hashable(1), Hashable(2)}
print(len(s), Hashable(1) in s, {Hashable(3): "x"}[Hashable(3)])

class NoneHash:
    __hash__ = None
try:
    hash(NoneHash())
except TypeError as e:
    print(e)
import collections.abc
print(isinstance(NoneHash(), collections.abc.Hashable), isinstance(Hashable(1), collections.abc.Hashable))
class Child(Hashable):
    def __eq__(self, o): return False
try:
    hash(Child(1))
except TypeError as e:
    print(e)
class Child2(Hashable):
    def __eq__(self, o): return False
    __hash__ = Hashable.__hash__
print(hash(Child2(5)) == hash(5))
for v in ([1], {1: 2}, {1}, bytearray(b"x"), [[]]):
    try:
        hash(v)
    except TypeError as e:
        print(e)
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
try:
    {[1]: 2}
except TypeError as e:
    print(e)
try:
    set([[1]])
except TypeError as e:
    print(e)
try:
    frozenset([{}])
except TypeError as e:
    print(e)
try:
    d = {}
    d[{1}] = 1
except TypeError as e:
    print(e)
try:
    [1, 2] in {1: 2}
except TypeError as e:
    print(e)
try:
    {}.get([])
except TypeError as e:
    print(e)
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(e)
class BigHash:
    def __hash__(self): return 2**70
print(hash(BigHash()) == hash(2**70))
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(-2), hash((1, 2)) == hash((1, 2)))
print(hash(float("inf")), hash(0.5))
class IntSub(int): pass
print(hash(IntSub(7)))
