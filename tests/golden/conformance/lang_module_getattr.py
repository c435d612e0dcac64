import _lang_lazy_mod as m
import sys
import types
print(m.VISIBLE, m.old_name(), m.new_name())
try:
    m.missing
except AttributeError as e:
    print(e)
print(dir(m))
from _lang_lazy_mod import old_name
print(old_name())
try:
    from _lang_lazy_mod import nothing_here
except ImportError as e:
    print(type(e).__name__, e)
print(getattr(m, "nope", "default"), hasattr(m, "old_name"))
m.__class__ = m._Callable
print(m())
mod = types.ModuleType("dynamic", "doc of dynamic")
mod.x = 5
print(mod.__name__, mod.__doc__, mod.x, type(mod).__name__, "dynamic" in sys.modules)
sys.modules["dynamic"] = mod
import dynamic
print(dynamic.x, dynamic is mod)
try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    from sys import no_such_name
except ImportError as e:
    print(e)
try:
    import sys.path
except ModuleNotFoundError as e:
    print(e)
print(m.__name__, m.__doc__.split(":")[0], m.__file__.endswith("_lang_lazy_mod.py"), m.__spec__.name)
try:
    types.ModuleType("m2").attr
except AttributeError as e:
    print(e)
import importlib
m2 = importlib.import_module("_lang_lazy_mod")
print(m2 is m, importlib.reload(m) is m, m.VISIBLE)
