# Chained comparisons, short-circuiting in chains, mixed types, identity and membership.
x = 5
print(1 < x < 10, 1 < x > 10, 10 > x >= 5, x == 5 == 5.0, 1 < 2 < 3 < 4 < 3)
def v(n):
    print("eval", n)
    return n
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) == v(1) != v(2))
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c, a == c, None is None, (a is b) is True)
print(2 in a, 3 not in a, "b" in "abc", "ab" in "abc", 1 in {1: 2}, 2 in {1: 2}, (1, 2) in [(1, 2)])
print(not 1 == 2, not (1 == 2), (not 1) == 2, 1 != 2 != 1)
print([] == [], [] is [], () == (), "" == "", 0 == 0.0 == False == -0.0)
print(1 < 2 == 2, x is not None, "a" < "b" < "c" != "d")
print(float("nan") != float("nan"), [float("nan")] == [float("nan")])
class AlwaysEq:
    def __eq__(self, other):
        return True
print(AlwaysEq() == 5, 5 == AlwaysEq(), AlwaysEq() != 5, AlwaysEq() in [1, 2])
