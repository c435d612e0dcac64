print("init _ipkg", __name__, __package__)
value = 1
from . import _leaf
