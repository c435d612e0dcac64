"""A small multi-file package with relative imports.

Run it from the examples/ folder:  coil -m inventory
"""
from .items import Item
from .store import Store

__all__ = ["Item", "Store"]
