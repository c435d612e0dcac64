# math: float functions over many values, special values and errors.
import math

def show(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, args, "!!", type(e).__name__, e)
    else:
        print(label, args, "->", repr(r))

values = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, 3.5, 10.0, 1e-300, 5e-324, 1e300, 1.7976931348623157e308,
          709.5, 710.0, -745.5, 23.0, 24.5, 171.5, -2.5, 1e-20, float("inf"), float("-inf"), float("nan"), 7, -3, True]
one_arg = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh", "degrees", "erf", "erfc",
           "exp", "exp2", "expm1", "fabs", "gamma", "lgamma", "log", "log10", "log1p", "log2", "radians", "sin",
           "sinh", "sqrt", "tan", "tanh", "ulp", "frexp", "modf", "isfinite", "isinf", "isnan", "ceil", "floor", "trunc"]
for name in one_arg:
    f = getattr(math, name)
    for v in values:
        show(name, f, v)

pairs = [(2.0, 3.0), (-2.0, 0.5), (0.0, -1.0), (-0.0, 3.0), (1.0, float("nan")), (float("nan"), 0.0),
         (float("inf"), -2.0), (-float("inf"), 3.0), (0.5, float("inf")), (2.0, float("-inf")), (10.0, 400.0),
         (7.5, 2.0), (-7.5, 2.0), (1.0, 0.0), (float("inf"), 1.0), (5, 3), (1e308, 10.0)]
for name in ["atan2", "copysign", "fmod", "pow", "remainder", "nextafter", "hypot"]:
    f = getattr(math, name)
    for a, b in pairs:
        show(name, f, a, b)

for x, i in [(1.0, 10), (0.75, -1075), (1.0, 1024), (-1.5, 2**70), (3.0, -2**70), (0.0, 5), (float("inf"), -3)]:
    show("ldexp", math.ldexp, x, i)
show("ldexp", math.ldexp, 1.0, 1.5)

# Logarithms of ints, exact for huge values.
for n in [1, 2, 10, 2**53 + 1, 10**100, 2**1023, 2**1024, 3**1000, 10**10000]:
    print("logs of int with", n.bit_length(), "bits:", math.log(n), math.log2(n), math.log10(n), math.log(n, 3))
show("log", math.log, -(10**400))
for args in [(0,), (-5,), (8, 2), (1, 1), (10, 0), (100, 10.0), (0.0,)]:
    show("log", math.log, *args)

# Rounding to int, with dunders.
class Num:
    def __repr__(self): return "Num()"
    def __floor__(self): return "floor!"
    def __ceil__(self): return "ceil!"
    def __trunc__(self): return "trunc!"
class F(float):
    pass
for v in [2.5, -2.5, 1e20, 1.5e300, -0.0, Num(), F(3.7), 10**30, "s"]:
    show("floor", math.floor, v)
    show("ceil", math.ceil, v)
    show("trunc", math.trunc, v)

# Accurate sums and norms.
show("fsum", math.fsum, [0.1] * 10)
show("fsum", math.fsum, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])
show("fsum", math.fsum, [2.0**53, 1.0, 2.0**-53])
show("fsum", math.fsum, [1.0, 1e-16, 1e-16])
show("fsum", math.fsum, [float("inf"), 1.0])
show("fsum", math.fsum, [float("inf"), float("-inf")])
show("fsum", math.fsum, [1e308, 1e308, -1e308])
show("fsum", math.fsum, [float("nan"), 2.0])
show("fsum", math.fsum, [])
show("fsum iter", lambda: math.fsum(iter([1, 2, 3.5])))
show("fsum", math.fsum, 5)
show("hypot", math.hypot)
show("hypot", math.hypot, 3)
show("hypot", math.hypot, 3, 4, 12)
show("hypot", math.hypot, 1e-320, 1e-320)
show("hypot", math.hypot, 1e308, 1e308)
show("hypot", math.hypot, float("inf"), float("nan"))
show("hypot", math.hypot, 0.1, 0.2, 0.3, 0.4, 0.5)
show("dist", math.dist, (1, 2, 3), (4, 6, 8))
show("dist", math.dist, [0.5], [1.25])
show("dist", math.dist, (1, 2), (1,))
show("dist", math.dist, 1, 2)
show("prod", math.prod, [1, 2, 3, 4])
show("prod", math.prod, [1.5, 2, 3])
show("prod", math.prod, [])
show("prod", math.prod, ["ab", 3])
show("prod", lambda: math.prod([2, 3], start=10))
show("prod", lambda: math.prod(range(1, 30)))

show("isclose", math.isclose, 1.0, 1.0 + 1e-10)
show("isclose", math.isclose, 1.0, 1.1)
show("isclose", lambda: math.isclose(1.0, 1.1, rel_tol=0.2))
show("isclose", lambda: math.isclose(0.0, 1e-10, abs_tol=1e-9))
show("isclose", lambda: math.isclose(float("inf"), float("inf")))
show("isclose", lambda: math.isclose(1, 2, rel_tol=-1))
show("isclose", lambda: math.isclose(1, 2, 3))
show("isclose", lambda: math.isclose(1))
show("isclose", lambda: math.isclose(1, 2, tol=3))

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
show("sqrt", math.sqrt, 10**400)
show("sqrt", math.sqrt, "4")
show("atan2", lambda: math.atan2(1))
show("log", lambda: math.log())
show("log", lambda: math.log(1, 2, 3))
