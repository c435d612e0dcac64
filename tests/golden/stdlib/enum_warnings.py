# enum: the DeprecationWarnings of 3.11 (nested class member, non-member in, unsortable auto values)
from enum import Enum, auto
class Color(Enum):
    RED = 1
    class Inner:
        pass
try:
    1 in Color
except TypeError as e:
    print("TypeError:", e)
class Mixed(Enum):
    A = "x"
    B = 1
    C = auto()
print(list(Mixed), list(Color))
