# Introspecting the main module: dir(), globals(), __name__, __annotations__
import sys

VERSION = "1.0"
limit: int = 10


def helper():
    return "help"


class Widget:
    pass


print(__name__)
print([name for name in dir() if not name.startswith("_")])
print(sorted(name for name in globals() if name.startswith("__")))
print(__annotations__)
print(type(globals()).__name__, globals()["VERSION"], "helper" in globals())
print(sys.modules["__main__"].VERSION, sys.modules[__name__] is sys.modules["__main__"])
main = sys.modules["__main__"]
print(main.__name__, main.helper(), main.Widget is Widget)
print(__doc__)
print(__builtins__.__name__ if hasattr(__builtins__, "__name__") else type(__builtins__).__name__)
globals()["dynamic"] = 42
print(dynamic)
