from . import _rel
from ._rel import twice

SUB = twice("sub")
