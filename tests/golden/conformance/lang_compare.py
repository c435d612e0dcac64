import functools

@functools.total_ordering
class Ver:
    def __init__(self, *p): self.p = p
    def __eq__(self, o):
        if not isinstance(o, Ver): return NotImplemented
        return self.p == o.p
    def __lt__(self, o):
        if not isinstance(o, Ver): return NotImplemented
        return self.p < o.p
    def __repr__(self): return "Ver" + repr(self.p)

a, b = Ver(1, 2), Ver(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(sorted([Ver(3), Ver(1, 5), Ver(1), Ver(2, 0)]))
print(max(Ver(1), Ver(3), Ver(2)), min([Ver(5), Ver(4)]))
try:
    a < 5
except TypeError as e:
    print(e)
try:
    a >= "x"
except TypeError as e:
    print(e)
print(a == 5, a != 5)

class Rev:
    def __init__(self, v): self.v = v
    def __gt__(self, o):
        print("Rev.__gt__")
        return self.v > o
class Plain:
    pass
print(1 < Rev(5))
print(Plain() == Plain(), Plain() != Plain())
p = Plain()
print(p == p, p != p)

class AlwaysEq:
    def __eq__(self, o): return True
print(AlwaysEq() == 1, 1 == AlwaysEq(), AlwaysEq() != 1, [AlwaysEq()] == [2], AlwaysEq() in [1, 2])
class NeOnly:
    def __ne__(self, o): return "ne-result"
print(NeOnly() != 1, NeOnly() == NeOnly())

class Weird:
    def __eq__(self, o): return "truthy"
    def __lt__(self, o): return 0
print(Weird() == 1, Weird() < 1)
print(1 < 2 < 3, 1 < 3 < 2, (1 < 2) < 3, 1 == 1.0 == True)
def v(x):
    print("eval", x)
    return x
print(v(1) < v(2) < v(0) < v(5))
print(v(3) > v(2) > v(1))
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, [nan] == [nan], nan in [nan], (nan,) == (nan,))
x = [nan]
print(x == x, x.count(nan), x.index(nan))
try:
    sorted([Plain(), Plain()])
except TypeError as e:
    print(e)
try:
    [3, "a"].sort()
except TypeError as e:
    print(e)
try:
    max(1, None)
except TypeError as e:
    print(e)
print((1, 2) < (1, 2, 0), [1, [2]] < [1, [3]], "abc" < "abd", b"a" < b"b", {1} < {1, 2}, {1, 2} <= {1, 2})
try:
    {1: 2} < {1: 3}
except TypeError as e:
    print(e)
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(e)
print(None == 0, None is None, 0 == False, 1.0 == 1, complex(1, 0) == 1)
try:
    1j < 2j
except TypeError as e:
    print(e)
