# enum: Enum, IntEnum, auto, iteration, lookup by value and name, Flag
from enum import Enum, IntEnum, Flag, auto


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

    def describe(self):
        return f"{self.name.lower()} ({self.value})"


class Priority(IntEnum):
    LOW = auto()
    MEDIUM = auto()
    HIGH = auto()


class Perm(Flag):
    R = 4
    W = 2
    X = 1


print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value, Color(2), Color["RED"])
print(list(Color), len(Color), Color.RED in Color, Color.RED is Color(1), Color.RED == 1)
print([c.describe() for c in Color])
print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, sorted([Priority.HIGH, Priority.LOW]), int(Priority.HIGH))
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, repr(rw), bool(Perm.R & Perm.X))
try:
    Color(9)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
print({c: c.value * 10 for c in Color})
print(f"{Color.RED}", f"{Priority.LOW}", str(Priority.LOW), format(Priority.HIGH, "d"))
