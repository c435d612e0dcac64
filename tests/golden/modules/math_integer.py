# math: integer functions, exact for big ints.
import math

def show(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", r)

for n in [0, 1, 5, 20, 21, 100, -1, 2.0, "3", True]:
    show(f"factorial({n!r})", math.factorial, n)
print(len(str(math.factorial(1000))), math.factorial(1000) % (10**20 + 39))
show("factorial(10**20)", math.factorial, 10**20)

for n in [0, 1, 2, 3, 4, 15, 16, 17, 2**52 - 1, 10**40, 10**41, 2**1000 + 12345, -1, 4.0]:
    show(f"isqrt({n!r})", math.isqrt, n)

for args in [(), (0,), (-12,), (12, 18), (12, -18), (0, 0), (2**100, 6**50), (12, 18, 27), (7, 13, 0), (1.0, 2)]:
    show(f"gcd{args}", math.gcd, *args)
    show(f"lcm{args}", math.lcm, *args)

for n, k in [(10, 3), (10, 0), (10, 10), (10, 11), (0, 0), (100, 50), (10**20, 3), (-1, 2), (5, -1), (5.0, 2), (2**70, 2**70 - 2), (10**30, 10**20)]:
    show(f"comb({n}, {k})", math.comb, n, k)
    show(f"perm({n}, {k})", math.perm, n, k)
for n in [0, 5, 12, -3]:
    show(f"perm({n})", math.perm, n)
show("perm(5, None)", math.perm, 5, None)
show("comb(5)", math.comb, 5)
show("perm()", math.perm)

class Idx:
    def __index__(self):
        return 12
show("gcd(Idx, 8)", math.gcd, Idx(), 8)
show("factorial(Idx)", math.factorial, Idx())
show("comb(Idx, 5)", math.comb, Idx(), 5)
print(type(math.gcd(True, 4)), math.gcd(True, 4), math.lcm(True, 4))
