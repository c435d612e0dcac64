import sys
print("running _ipkg.__main__", __name__, __package__, __spec__.name)
print("argv", sys.argv[1:])
from . import _leaf
print("relative import in __main__:", _leaf.LEAF)
