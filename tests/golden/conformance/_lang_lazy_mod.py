"""Helper module for lang_module_getattr: PEP 562 module __getattr__/__dir__."""
import sys

VISIBLE = 1
_deprecated = {"old_name": "new_name"}

def new_name():
    return "new"

def __getattr__(name):
    if name in _deprecated:
        print(f"{name} is deprecated, use {_deprecated[name]}")
        return globals()[_deprecated[name]]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

def __dir__():
    return ["VISIBLE", "new_name", "old_name"]

class _Callable(sys.modules[__name__].__class__):
    def __call__(self):
        return "module called"
