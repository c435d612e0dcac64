print("init _ipkg._sub", __name__, __package__)
from .. import _leaf as leaf_via_parent
from .._leaf import LEAF
from . import _deep
from ._deep import DEEP as deep_value
