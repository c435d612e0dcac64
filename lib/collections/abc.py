"""collections.abc: the abstract base classes of containers.

The classes live in _collections_abc (so that modules needing them early do
not import all of collections); this module re-exports them.
"""

from _collections_abc import *
from _collections_abc import __all__
from _collections_abc import _check_methods
