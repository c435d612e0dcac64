import math
import operator
class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __int__(self): return self.v + 1000
    def __float__(self): return self.v + 0.5
    def __complex__(self): return complex(self.v, 1)
    def __round__(self, nd=None): return f"round({nd})"
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
    def __abs__(self): return "abs"
    def __bool__(self): return self.v != 0
n = Num(3)
print([10, 20, 30, 40][n], "abcdef"[n:], bin(n), hex(n), oct(n), range(n), int(n), float(n), complex(n))
print(round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n), abs(n), bool(Num(0)))
print(operator.index(n), (5).__pow__(2), [1, 2, 3, 4, 5][Num(1):Num(4)], "x" * Num(3), [0] * Num(2))
class OnlyInt:
    def __int__(self): return 7
print(int(OnlyInt()))
try:
    [1, 2][OnlyInt()]
except TypeError as e:
    print(e)
try:
    float(OnlyInt())
except TypeError as e:
    print(e)
class OnlyIndex:
    def __index__(self): return 2
print(int(OnlyIndex()), float(OnlyIndex()), complex(OnlyIndex()) if False else "", math.sqrt(OnlyIndex()) if False else "")
class BadIndex:
    def __index__(self): return "x"
try:
    [1][BadIndex()]
except TypeError as e:
    print(e)
class BadInt:
    def __int__(self): return 1.5
try:
    int(BadInt())
except TypeError as e:
    print(e)
class BadFloat:
    def __float__(self): return 1
try:
    float(BadFloat())
except TypeError as e:
    print(e)
for v in ([1], "abc", None, 1.5):
    try:
        bin(v)
    except TypeError as e:
        print(e)
try:
    "abc"[1.5]
except TypeError as e:
    print(e)
try:
    [1, 2]["0"]
except TypeError as e:
    print(e)
try:
    {}[[]]
except TypeError as e:
    print(e)
try:
    (1, 2)[5]
except IndexError as e:
    print(e)
try:
    "ab"[9]
except IndexError as e:
    print(e)
try:
    [][0]
except IndexError as e:
    print(e)
try:
    [1].pop(5)
except IndexError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    x = [1]
    x[3] = 1
except IndexError as e:
    print(e)
try:
    del x[7]
except IndexError as e:
    print(e)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), round(-2.5), int(-2.5), -7 // 2)
print(math.floor(2), type(math.floor(2.0)).__name__, round(2.5678, 2), round(-0.0), math.inf > 10**1000)
print(math.gcd(12, 18), math.lcm(4, 6), math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.isqrt(99))
print(math.pi, math.e, math.tau, math.sqrt(2), math.log(100, 10), math.log2(8), math.log10(1000), math.exp(1))
print(math.hypot(3, 4), math.dist((0, 0), (3, 4)), math.prod([1, 2, 3, 4]), math.fabs(-3), math.fmod(-7, 3), math.remainder(7, 4))
for f, a in [(math.sqrt, -1), (math.log, 0), (math.log, -1), (math.factorial, -1), (math.factorial, 1.5), (math.acos, 2)]:
    try:
        f(a)
    except (ValueError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
try:
    math.exp(1000)
except OverflowError as e:
    print(e)
print(math.isnan(float("nan")), math.isinf(-math.inf), math.isfinite(1e308), math.copysign(3, -0.0), math.modf(3.5), math.frexp(8))
