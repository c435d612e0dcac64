# Importing a helper module: import forms, module attributes, caching, errors
import sys
import _shapes
import _shapes as sh
from _shapes import Square, area as compute_area
from _shapes import *

print(_shapes is sh, _shapes.__name__, _shapes.__doc__, _shapes.__file__.endswith("_shapes.py"))
print(Square(3), compute_area(Square(4)), area(Square(2)), PI)
print(sorted(n for n in dir(_shapes) if not n.startswith("__")))
print(_shapes._hidden, _shapes.not_exported(), "_hidden" in globals(), "not_exported" in globals())
print("_shapes" in sys.modules, sys.modules["_shapes"] is _shapes)
import _shapes
_shapes.loaded_count += 1
import _shapes as again
print(again.loaded_count, type(_shapes).__name__, repr(_shapes).startswith("<module '_shapes' from"))
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from _shapes import Circle
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    _shapes.Circle
except AttributeError as e:
    print("AttributeError:", e)
try:
    import numpy as np
    HAVE_NUMPY = True
except ImportError:
    HAVE_NUMPY = False
print("numpy available:", HAVE_NUMPY)
mod = __import__("_shapes")
print(mod.PI, getattr(mod, "Square")(5).area())
print(__name__, _shapes.__spec__.name if _shapes.__spec__ else None)
