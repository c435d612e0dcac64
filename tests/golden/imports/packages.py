# Imports: packages with __init__ side effects, relative imports (., ..,
# ...), `from x import *` with and without __all__, circular imports,
# importlib.import_module (package=), importlib.reload, module attributes
# (__name__, __package__, __spec__, __loader__, __file__) and CPython's
# ImportError/ModuleNotFoundError messages.
import importlib
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
print("script folder first on sys.path:", sys.path[0] == here)
print("__name__", __name__, "__package__", __package__, "__spec__", __spec__)

import _ipkg._sub
print("after import _ipkg._sub:", sorted(k for k in sys.modules if k.startswith("_ipkg")))
print("_sub attributes:", _ipkg._sub.LEAF, _ipkg._sub.deep_value, _ipkg._sub.leaf_via_parent is _ipkg._leaf)
print("_ipkg has _sub:", hasattr(_ipkg, "_sub"), "value", _ipkg.value)
import _ipkg._sub._deep as deep
print("import as:", deep.__name__, deep is _ipkg._sub._deep)
from _ipkg._sub import _deep as d2, deep_value
print("from import as:", d2 is deep, deep_value)
print("cached:", importlib.import_module("_ipkg") is sys.modules["_ipkg"])

ns = {}
exec("from _ipkg._star import *", ns)
print("star with __all__:", sorted(k for k in ns if k != "__builtins__"))
ns = {}
exec("from _ipkg._nostar import *", ns)
print("star without __all__:", sorted(k for k in ns if k != "__builtins__"))


def t(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", str(e).replace(here + os.sep, ""))


t("star bad __all__", lambda: exec("from _ipkg._badall import *", {}))
t("no module", lambda: importlib.import_module("_nope_module"))
t("no submodule", lambda: importlib.import_module("_ipkg._nope"))
t("not a package", lambda: importlib.import_module("os.path.nope"))
t("import stmt no module", lambda: exec("import _nope_a._nope_b"))
t("from import missing name", lambda: exec("from _ipkg import nope"))
t("from import missing in builtin module", lambda: exec("from sys import nope"))
t("beyond top level", lambda: importlib.import_module("_ipkg._sub._beyond"))
t("relative without package", lambda: exec("from . import x", {"__name__": "m"}))
t("relative with empty package", lambda: exec("from .x import y", {"__name__": "m", "__package__": ""}))
t("broken module", lambda: importlib.import_module("_ipkg._broken"))
t("broken not cached", lambda: "_ipkg._broken" in sys.modules)
t("broken again", lambda: importlib.import_module("_ipkg._broken"))


def _catch(f):
    try:
        f()
    except ImportError as e:
        return e


e = _catch(lambda: importlib.import_module("_ipkg._nope"))
print("ModuleNotFoundError attrs:", type(e).__name__, e.name, e.path, isinstance(e, ImportError))
e = _catch(lambda: exec("from _ipkg import nope"))
print("ImportError attrs:", type(e).__name__, e.name, os.path.basename(e.path))

# importlib.import_module with package=
t("relative import_module", lambda: importlib.import_module("._leaf", package="_ipkg").__name__)
t("relative two dots", lambda: importlib.import_module(".._leaf", package="_ipkg._sub").__name__)
t("relative no package", lambda: importlib.import_module("._leaf"))
t("relative beyond", lambda: importlib.import_module("..._leaf", package="_ipkg._sub"))
t("empty name", lambda: importlib.import_module(""))
t("not a str", lambda: importlib.import_module(5))
t("__import__ level", lambda: __import__("_leaf", globals={"__package__": "_ipkg"}, fromlist=["LEAF"], level=1).__name__)
t("__import__ negative level", lambda: __import__("x", level=-1))
t("__import__ empty", lambda: __import__(""))

# circular imports
import _circ_a
print("circular done:", _circ_a.X, sys.modules["_circ_b"].Y)
t("circular from-import", lambda: importlib.import_module("_circ_c"))

# reload
import _reload_mod
r = importlib.reload(_reload_mod)
print("reload returns the same module:", r is _reload_mod, _reload_mod.count)
t("reload non-module", lambda: importlib.reload(5))

# module attributes and specs
print("spec:", _ipkg.__spec__.name, _ipkg.__spec__.parent, _ipkg._sub._deep.__spec__.parent)
print("origin:", os.path.relpath(_ipkg.__spec__.origin, here), os.path.relpath(_ipkg.__file__, here))
print("package path:", [os.path.relpath(p, here) for p in _ipkg.__path__])
print("submodule_search_locations is __path__:", _ipkg.__spec__.submodule_search_locations == _ipkg.__path__)
print("leaf has no __path__:", hasattr(_ipkg._leaf, "__path__"))
print("loader:", type(_ipkg.__loader__).__name__, _ipkg.__loader__ is _ipkg.__spec__.loader)
print("builtin module spec:", sys.__spec__.name, sys.__spec__.origin)
