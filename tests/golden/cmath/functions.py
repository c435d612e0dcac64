# cmath: every function on ordinary values, both sides of the branch cuts
# (signed zeros), huge and tiny arguments, and the constants.
import cmath

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
values = [0j, complex(0.0, -0.0), complex(-0.0, 0.0), complex(-0.0, -0.0), 1, -1, 1j, -1j, 0.5, 2,
          1 + 1j, -2.5 + 0.75j, 3 - 4j, complex(-3, -0.0), complex(-3, 0.0), complex(0.0, 2),
          complex(-0.0, -2), 1e-300 + 1e-300j, 5e-324j, 1e300 + 1e300j, -1e308 + 1e308j, 1e-10,
          complex(1, 1e-200), 0.9999999 + 0.0001j, 710 + 1j, -710 + 1j, 20 + 30j]
names = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
         "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]
for name in names:
    f = getattr(cmath, name)
    for v in values:
        try:
            r = f(v)
            print(name, v, r)
        except (ValueError, OverflowError) as e:
            print(name, v, type(e).__name__, e)

for v in values:
    print("phase/polar", v, cmath.phase(v), cmath.polar(v))
for r, phi in [(1, 0), (2, cmath.pi / 2), (-1, 0.5), (0, 1), (3, -0.0), (1e308, 1e-308), (1.5, 10)]:
    print("rect", r, phi, cmath.rect(r, phi))
print(cmath.log(8, 2), cmath.log(-8, 2), cmath.log(1j, 1j), cmath.log(100, 10 + 0j))
print(cmath.isclose(1, 1 + 1e-10), cmath.isclose(1, 1.1), cmath.isclose(1j, 1.05j, rel_tol=0.1),
      cmath.isclose(0, 1e-12, abs_tol=1e-11), cmath.isclose(complex("inf"), complex("inf")),
      cmath.isclose(complex("nan"), complex("nan")))
print(cmath.isfinite(1 + 2j), cmath.isfinite(complex("inf")), cmath.isinf(complex(0, float("-inf"))),
      cmath.isnan(complex(float("nan"), 0)), cmath.isnan(3))


class C:
    def __complex__(self):
        return 2 + 3j


class F:
    def __float__(self):
        return 4.0


class I:
    def __index__(self):
        return 9


print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.exp(True))
