# cmath on special values: every combination of {-inf, -2.3, -0.0, 0.0, 2.3,
# inf, nan} for the real and imaginary parts, through every function,
# including CPython's ValueError/OverflowError rules.
import cmath
import math

parts = [-math.inf, -2.3, -0.0, 0.0, 2.3, math.inf, math.nan]


def show(x):
    if math.isnan(x):
        return "nan"
    return repr(x)


names = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
         "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]
for name in names:
    f = getattr(cmath, name)
    for re in parts:
        row = []
        for im in parts:
            try:
                r = f(complex(re, im))
                row.append(f"({show(r.real)},{show(r.imag)})")
            except ValueError:
                row.append("VE")
            except OverflowError:
                row.append("OE")
        print(name, show(re), " ".join(row))

for r in parts:
    row = []
    for phi in parts:
        try:
            z = cmath.rect(r, phi)
            row.append(f"({show(z.real)},{show(z.imag)})")
        except ValueError:
            row.append("VE")
    print("rect", show(r), " ".join(row))
for z in [complex(math.inf, 1), complex(1, math.nan), complex(-math.inf, math.inf), 1e308 + 1e308j]:
    print("polar", z, cmath.polar(z), cmath.phase(z), abs(z))
