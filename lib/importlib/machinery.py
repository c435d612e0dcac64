"""The implementations of the import machinery Coil exposes: specs and
loaders (finding is done by the C++ import system; PathFinder asks it)."""
import sys

from ._bootstrap import (ModuleSpec, BuiltinImporter, SourceFileLoader,
                         SOURCE_SUFFIXES, BYTECODE_SUFFIXES, EXTENSION_SUFFIXES)
from . import _bootstrap

DEBUG_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES
OPTIMIZED_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES


class PathFinder:
    """Finder for sys.path entries (and package __path__ lists)."""

    @staticmethod
    def invalidate_caches():
        pass

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is None:
            path = sys.path
        found = __import__('_imp')._coil_find(fullname.rpartition('.')[2], list(path))
        if found is None:
            return None
        origin, is_package = found
        return _bootstrap.spec_from_file_location(
            fullname, origin, submodule_search_locations=[] if is_package else None)


def all_suffixes():
    """Returns a list of all recognized module suffixes for this process"""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES
