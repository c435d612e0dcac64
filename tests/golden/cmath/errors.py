# cmath errors: domain and range errors, bad argument types and counts.
import cmath

cases = [("log", (0,)), ("log10", (0j,)), ("log", (1, 1)), ("log", (0, 2)), ("log", (2, 0)),
         ("atanh", (1,)), ("atanh", (-1,)), ("atan", (1j,)), ("exp", (1000,)), ("exp", (1000 + 1j,)),
         ("cosh", (1000,)), ("sinh", (-1000 + 2j,)), ("cos", (1000j,)), ("sin", (1000j,)),
         ("sqrt", ("a",)), ("sqrt", (None,)), ("sqrt", ([],)), ("sqrt", (2 ** 2000,)),
         ("exp", ()), ("exp", (1, 2)), ("log", ()), ("log", (1, 2, 3)), ("log", (1, "x")),
         ("rect", (1,)), ("rect", (1, "a")), ("rect", (1, float("inf"))), ("rect", (0, float("inf"))),
         ("phase", ("x",)), ("polar", (None,)), ("isclose", (1,)), ("isclose", (1, 2, 3)),
         ("isclose", (1, 2j)), ("isnan", ("x",))]
for name, args in cases:
    try:
        print(name, args, getattr(cmath, name)(*args))
    except Exception as e:
        print(name, args, type(e).__name__, e)
for kw in [{"rel_tol": -1}, {"abs_tol": -1}, {"tol": 1}, {"rel_tol": "x"}]:
    try:
        print(cmath.isclose(1, 1, **kw))
    except Exception as e:
        print(kw, type(e).__name__, e)


class Bad:
    def __complex__(self):
        return 1.5


try:
    cmath.sqrt(Bad())
except TypeError as e:
    print(e)
