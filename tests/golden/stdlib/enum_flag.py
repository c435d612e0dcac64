# enum: Flag, IntFlag, boundaries, IntEnum/StrEnum/mixins, verify
import enum
from enum import (Enum, IntEnum, StrEnum, Flag, IntFlag, auto, verify,
                  UNIQUE, CONTINUOUS, NAMED_FLAGS, STRICT, CONFORM, EJECT, KEEP,
                  FlagBoundary, EnumCheck)


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


rw = Perm.R | Perm.W
print(repr(rw), str(rw), format(rw), rw.name, rw.value, list(rw), len(rw))
print(Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), repr(Perm.R & Perm.X), str(Perm(0)))
print(list(Perm), Perm.RWX, list(Perm.RWX), Perm.__members__.keys())
print(repr(~Perm.R), repr(~Perm.RWX), repr(Perm.R ^ Perm.RWX), Perm(6) is rw)
print(Perm._flag_mask_, Perm._all_bits_, Perm._boundary_, repr(Perm))
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
try:
    Perm("x")
except ValueError as e:
    print("ValueError:", e)
try:
    Perm.R | 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 in Perm.R
except TypeError as e:
    print("TypeError:", e)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(list(Color), Color.WHITE, [m.value for m in Color], Color(3), repr(Color(0)))
print(repr(~Color.RED), list(Color.WHITE), Color.WHITE.name)


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


print(repr(Conform(7)), repr(Eject(7)), type(Eject(7)).__name__, repr(Keep(7)), str(Keep(12)))


class Num(IntFlag):
    R = 4
    W = 2
    X = 1


print(repr(Num.R | Num.W), str(Num.R | Num.W), format(Num.R, "03d"), Num.R + 1, Num.R | 8)
print(repr(Num(8)), repr(Num(0)), repr(~Num.R), repr(Num.R | 3), Num.R == 4, isinstance(Num.W, int))
print(repr(Num(-1)), list(Num(7)), Num.W & 6, repr(1 | Num.X))


class Shade(IntEnum):
    LIGHT = 1
    DARK = 2


print(repr(Shade.LIGHT), str(Shade.LIGHT), f"{Shade.DARK}", format(Shade.DARK, ">4"), Shade.DARK * 3)
print(Shade.LIGHT < Shade.DARK, Shade(2), sorted([Shade.DARK, Shade.LIGHT]), int(Shade.DARK), Shade.LIGHT == 1)
print(hash(Shade.LIGHT) == hash(1), [1, 2, 3][Shade.LIGHT], Shade.DARK.real, Shade.DARK.bit_length())
try:
    class BadInt(IntEnum):
        A = "x"
except ValueError as e:
    print("ValueError:", e)


class Mode(StrEnum):
    READ = auto()
    WRITE = "w"


print(repr(Mode.READ), str(Mode.READ), f"{Mode.WRITE}", Mode.READ.upper(), Mode.READ == "read", Mode("w"))
try:
    class BadStr(StrEnum):
        A = 1
except TypeError as e:
    print("TypeError:", e)


class Mixed(int, Enum):
    ONE = 1
    TWO = 2


print(repr(Mixed.ONE), str(Mixed.ONE), format(Mixed.TWO), Mixed.TWO + 1)


class FloatE(float, Enum):
    PI = 3.14


print(repr(FloatE.PI), str(FloatE.PI), FloatE.PI * 2)


class Coord(tuple, Enum):
    ORIGIN = (0, 0)
    UNIT = (1, 1)


print(repr(Coord.UNIT), Coord.UNIT[0], Coord((0, 0)))


class Custom(bytes, Enum):
    def __new__(cls, value, doc):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.doc = doc
        return obj

    A = 65, "letter a"
    B = 66, "letter b"


print(Custom.A.value, str(Custom.A), Custom.B.doc, Custom(66), Custom.A == b"A")

print(list(FlagBoundary), list(EnumCheck), repr(STRICT))
try:
    @verify(UNIQUE)
    class U(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    @verify(CONTINUOUS)
    class C(Enum):
        A = 1
        B = 2
        D = 5
except ValueError as e:
    print("ValueError:", e)
try:
    @verify(NAMED_FLAGS)
    class NF(Flag):
        A = 1
        B = 2
        AB = 11
except ValueError as e:
    print("ValueError:", e)


@verify(UNIQUE, CONTINUOUS)
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine), enum.show_flag_values(13), enum.bin(10), enum.bin(~10), enum.bin(0), enum.bin(5, 8))
try:
    class NotEnum(int, str):
        pass

    class Two(NotEnum, Enum):
        A = 1
except TypeError as e:
    print("TypeError:", e)
try:
    class Wrong(Enum, int):
        A = 1
except TypeError as e:
    print("TypeError:", e)
try:
    class ReprOnly(enum.ReprEnum):
        A = 1
except TypeError as e:
    print("TypeError:", e)


class Weekday(Flag):
    MON = 1
    TUE = 2
    WED = 4
    WEEKEND = 0


print(repr(Weekday.WEEKEND), list(Weekday), Weekday(0) is Weekday.WEEKEND)
