print("init _ipkg._sub._deep", __name__, __package__)
from .. import _leaf as top_leaf
DEEP = "deep:" + top_leaf.LEAF
