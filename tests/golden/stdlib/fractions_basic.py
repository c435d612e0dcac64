# fractions: constructors, arithmetic, comparisons, hashing, rounding, errors
import math
import copy
import numbers
from fractions import Fraction as F


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)


print(F(), F(3), F(6, 4), F(-6, 4), F(6, -4), F(-6, -4), F(0, 5), F(True), F(F(1, 3)), F(F(1, 2), F(3, 4)))
print(F(0.5), F(0.1), F(-2.75), F(1e20), F(5e-324).denominator.bit_length())
for s in ["1/3", " -3/4 ", "+7", "1.5", "-0.125", ".5", "5.", "1e3", "1.25e-2", "2E+2",
          "1_000/3", "0.1_2", "  12  ", "-0", "1.5e0"]:
    print(repr(s), "->", repr(F(s)))
for s in ["", "abc", "3 / 6", "1/ 2", "1/", "/2", "1.2/3", "1/2/3", "1 2", "e5", "1e", ".", "1/-2", "1__0", "_1", "1_", "0x10", "1.5.5", "--1", "nan", "inf"]:
    attempt(repr(s), lambda s=s: F(s))
attempt("1/0", lambda: F("1/0"))
attempt("F(1, 0)", lambda: F(1, 0))
attempt("F(1.5, 2)", lambda: F(1.5, 2))
attempt("F('1', 2)", lambda: F("1", 2))
attempt("F([])", lambda: F([]))
attempt("F(1j)", lambda: F(1j))
attempt("F(nan)", lambda: F(float("nan")))
attempt("F(inf)", lambda: F(float("inf")))
attempt("from_float(0.3)", lambda: F.from_float(0.3))
attempt("from_float(3)", lambda: F.from_float(3))
attempt("from_float('x')", lambda: F.from_float("x"))
attempt("from_float(F)", lambda: F.from_float(F(1, 2)))

a, b = F(1, 3), F(-5, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, b ** -3, a ** 0, (-a) ** -1)
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 4, 4 / a, 7 // a, 7 % a, a % 7, divmod(7, a))
print(a + 0.5, 0.5 + a, a * 1j, 1j + a, a ** 0.5, 2 ** a, 4 ** F(1, 2), F(4) ** F(1, 2), 2 ** F(3), F(-8) ** F(1, 3) if False else "skip")
print(2.5 // a, 2.5 % a, a / 0.5, F(9, 4) ** F(3), (-2) ** F(-2), F(2, 3) ** -2, F(-2, 3) ** -3)
print(+a, -a, abs(b), int(F(7, 2)), int(F(-7, 2)), math.trunc(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)))
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1, 3), 2), round(F(12345, 1), -2), round(F(25, 100), 1), round(F(-1, 3)))
print(a < b, a > b, a <= F(2, 6), a >= 0.3, a == F(2, 6), a == 1 / 3, F(1, 2) == 0.5, F(1, 2) == 0.5 + 0j, F(1) == 1, a != b)
print(F(1, 2) < 1, 2 > F(3, 2), F(1, 2) < float("inf"), F(1, 2) > float("nan"), F(1, 2) == float("nan"), F(0) == 0.0)
print(sorted([F(1, 2), 0.25, F(1, 3), 1, F(-1, 7)]), max(F(2, 3), 0.6), min(F(1, 10), 0.1))
print(hash(F(1, 3)), hash(F(-1, 3)), hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5), hash(F(-1)), hash(F(1, 2**61 - 1)))
print(hash(F(10**30, 7)), hash(F(-10**20, 3**40)))
print(F(3, 7).numerator, F(3, 7).denominator, F(-3, 7).as_integer_ratio(), F(3, 7).real, F(3, 7).imag, F(3, 7).conjugate())
print(bool(F(0)), bool(F(1, 9)), float(F(1, 3)), complex(F(1, 4)), str(F(3)), str(F(-3, 8)), repr(F(-3, 8)), format(F(1, 2)))
print(F(3.141592653589793).limit_denominator(10), F(3.141592653589793).limit_denominator(100), F(3.141592653589793).limit_denominator())
print(F(1, 3).limit_denominator(1), F(10, 7).limit_denominator(5), F(-10, 7).limit_denominator(5), F(123, 1000).limit_denominator(10))
attempt("limit 0", lambda: F(1, 2).limit_denominator(0))
attempt("a / 0", lambda: a / 0)
attempt("-a / F(0)", lambda: -a / F(0))
attempt("F(0) / 0", lambda: F(0) / 0)
attempt("a // 0", lambda: a // 0)
attempt("a % 0", lambda: a % 0)
attempt("F(0) ** -1", lambda: F(0) ** -1)
attempt("1 / F(0)", lambda: 1 / F(0))
attempt("a + 'x'", lambda: a + "x")
attempt("a < 'x'", lambda: a < "x")
attempt("a < 1j", lambda: a < 1j)
attempt("format spec", lambda: format(a, ".2f"))
print(isinstance(a, numbers.Rational), isinstance(a, numbers.Integral), issubclass(F, numbers.Real))
print(a.__reduce__(), copy.copy(a) is a, copy.deepcopy(a) is a, F(2, 4) is not F(1, 2))


class MyF(F):
    pass


m = MyF(2, 4)
print(repr(m), type(m + 1).__name__, type(copy.copy(m)).__name__, repr(+m))
print(sum([F(1, n) for n in range(1, 11)]), math.prod([F(n, n + 1) for n in range(1, 10)]))
x = F(1)
for i in range(12):
    x = 1 + 1 / x
print(x, float(x))
print(F(2 ** 100, 3 ** 50), F(10 ** 25 + 1, 10 ** 25))
