# Module specs (__spec__, __loader__, __cached__) and importlib's functions:
# import_module (absolute and relative), reload, util.find_spec,
# spec_from_file_location/module_from_spec, cache_from_source.
import importlib
import importlib.machinery
import importlib.util
import gc
import sys

import _pyc_helper
import _pyc_pkg._sub


def spec_fields(module):
    spec = module.__spec__
    cached = spec.cached
    if cached is not None:
        cached = cached.replace(sys.implementation.cache_tag, "TAG")
    return (spec.name, spec.origin, spec.parent, spec.has_location, cached, spec.submodule_search_locations,
            type(spec.loader).__name__ if not isinstance(spec.loader, type) else spec.loader.__name__)


print(spec_fields(_pyc_helper))
print(spec_fields(_pyc_pkg))
print(spec_fields(_pyc_pkg._sub))
print(spec_fields(gc))
print(type(_pyc_helper.__spec__).__name__, type(_pyc_helper.__spec__).__module__)
print(_pyc_pkg.__spec__.submodule_search_locations is _pyc_pkg.__path__)
print(_pyc_helper.__loader__ is _pyc_helper.__spec__.loader, type(_pyc_helper.__loader__).__name__)
print(_pyc_helper.__loader__.name, _pyc_helper.__loader__.path == _pyc_helper.__file__)
print(_pyc_helper.__cached__.replace(sys.implementation.cache_tag, "TAG"))
print(_pyc_pkg.__cached__.replace(sys.implementation.cache_tag, "TAG"))
print(gc.__loader__.__name__, gc.__spec__.origin, gc.__spec__.has_location, gc.__spec__.cached)
print(sys.__spec__.name, sys.__spec__.origin, __spec__)
print(_pyc_pkg._rel.NAME, _pyc_pkg._rel.PACKAGE, _pyc_pkg._sub.SUB)

# import_module
m = importlib.import_module("_pyc_pkg._rel")
print(m is _pyc_pkg._rel, m.__name__)
print(importlib.import_module("._rel", "_pyc_pkg") is m)
print(importlib.import_module(".._rel", "_pyc_pkg._sub") is m)
print(importlib.import_module("_pyc_pkg") is _pyc_pkg, importlib.import_module("gc") is gc)
print(importlib.import_module(".", "_pyc_pkg") is _pyc_pkg)
for args in [("._rel",), ("._rel", ""), ("..._rel", "_pyc_pkg"), ("no_such_module_xyz",),
             ("_pyc_pkg.no_such",), ("_pyc_helper.sub",), ("",), (5,)]:
    try:
        importlib.import_module(*args)
    except Exception as e:
        print(args, type(e).__name__, e)

# reload re-runs the body in the same module object.
print(sys._pyc_helper_runs)
_pyc_helper.VALUE = "changed"
again = importlib.reload(_pyc_helper)
print(again is _pyc_helper, sys._pyc_helper_runs, _pyc_helper.VALUE)
print(importlib.reload(gc) is gc)
print(importlib.reload(_pyc_pkg._rel) is _pyc_pkg._rel)
for bad in [5, "gc", None]:
    try:
        importlib.reload(bad)
    except Exception as e:
        print(type(e).__name__, e)
orphan = type(sys)("not_in_modules")
try:
    importlib.reload(orphan)
except ImportError as e:
    print(type(e).__name__, e, e.name)

# util.find_spec
print(importlib.util.find_spec("_pyc_helper") is _pyc_helper.__spec__)
s = importlib.util.find_spec("_pyc_standalone")
print(s.name, s.origin.endswith("_pyc_standalone.py"), s.loader is not None, s.submodule_search_locations, "_pyc_standalone" in sys.modules)
s = importlib.util.find_spec("json")
print(s.name, s.origin.endswith("__init__.py"), len(s.submodule_search_locations), s.parent)
s = importlib.util.find_spec("time")
print(s.origin, s.loader.__name__)
print(importlib.util.find_spec("no_such_module_xyz"), importlib.util.find_spec("_pyc_pkg.nope"))
print(importlib.util.find_spec("._rel", "_pyc_pkg").name)
try:
    importlib.util.find_spec("_pyc_helper.x")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)
sys.modules["fake_mod_xyz"] = type(sys)("fake_mod_xyz")
try:
    importlib.util.find_spec("fake_mod_xyz")
except ValueError as e:
    print("ValueError", e)
del sys.modules["fake_mod_xyz"]

# Loading a file by path.
spec = importlib.util.spec_from_file_location("loaded_by_path", "_pyc_standalone.py")
print(spec.name, spec.origin, spec.has_location, spec.submodule_search_locations, type(spec.loader).__name__)
mod = importlib.util.module_from_spec(spec)
print(mod.__name__, mod.__file__, hasattr(mod, "TITLE"), mod.__spec__ is spec, mod.__loader__ is spec.loader)
spec.loader.exec_module(mod)
print(mod.TITLE, mod.name(), "loaded_by_path" in sys.modules)
print(importlib.util.spec_from_file_location("x", "data.txt"))
spec2 = importlib.util.spec_from_file_location("loaded_by_path", "_pyc_standalone.py")
print(spec2 == spec, spec2 == 5)

# Cache file names.
tag = sys.implementation.cache_tag
print(importlib.util.cache_from_source("/a/b/mod.py").replace(tag, "TAG"))
print(importlib.util.cache_from_source("mod.py", optimization=2).replace(tag, "TAG"))
print(importlib.util.cache_from_source("/a/b.c/mod.py", optimization="").replace(tag, "TAG"))
print(importlib.util.source_from_cache(importlib.util.cache_from_source("/a/b/mod.py")))
print(importlib.util.source_from_cache(importlib.util.cache_from_source("/x/pkg/__init__.py", optimization=1)))
for bad in [lambda: importlib.util.cache_from_source("m.py", optimization="a-b"),
            lambda: importlib.util.cache_from_source("m.py", True, optimization=1),
            lambda: importlib.util.source_from_cache("/a/b/mod.pyc"),
            lambda: importlib.util.source_from_cache("/a/__pycache__/mod.pyc"),
            lambda: importlib.util.source_from_cache("/a/__pycache__/mod.x.y.z.pyc")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, str(e).replace(tag, "TAG"))
print(type(importlib.util.MAGIC_NUMBER).__name__, len(importlib.util.MAGIC_NUMBER), importlib.util.MAGIC_NUMBER[2:])
print(len(importlib.util.source_hash(b"x = 1")), importlib.util.source_hash(b"a") == importlib.util.source_hash(b"a"),
      importlib.util.source_hash(b"a") != importlib.util.source_hash(b"b"))
print(importlib.util.resolve_name("._rel", "_pyc_pkg"), importlib.util.resolve_name("gc", None))
print(importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.BYTECODE_SUFFIXES)
print(importlib.machinery.ModuleSpec("a.b", None).parent, importlib.machinery.ModuleSpec("a.b", None, is_package=True).parent)
print(importlib.machinery.BuiltinImporter.find_spec("gc").origin, importlib.machinery.BuiltinImporter.find_spec("json"))
print(importlib.machinery.PathFinder.find_spec("_pyc_helper").origin.endswith("_pyc_helper.py"))
