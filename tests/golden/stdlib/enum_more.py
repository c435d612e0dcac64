# enum: custom __new__, dataclass mixins, match, formatting, subclass hooks, flags in depth
import enum
from dataclasses import dataclass
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto


class Coin(IntEnum):
    def __new__(cls, value, label):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj

    PENNY = 1, "penny"
    NICKEL = 5, "nickel"
    DIME = 10, "dime"


print(list(Coin), Coin(5).label, Coin.DIME + Coin.PENNY, Coin["NICKEL"], Coin.__new_member__ is not None)
print("%s %d %r %5.1f" % (Coin.DIME, Coin.DIME, Coin.DIME, Coin.DIME), "{} {:>6} {!r}".format(Coin.PENNY, Coin.PENNY, Coin.PENNY))


@dataclass
class Spec:
    size: int
    label: str


class Size(Spec, Enum):
    SMALL = 1, "s"
    LARGE = 9, "L"


print(repr(Size.SMALL), Size.LARGE.label, Size.SMALL.value, str(Size.LARGE))


class Color(Enum):
    RED = "r"
    GREEN = "g"

    def __str__(self):
        return self.name.lower()

    @staticmethod
    def parse(text):
        return Color(text[0])

    @property
    def upper(self):
        return self.value.upper()


print(str(Color.RED), f"{Color.GREEN}", repr(Color.RED), Color.parse("green"), Color.RED.upper)
for c in (Color.RED, Color.GREEN, "x"):
    match c:
        case Color.RED:
            print("red!")
        case Color.GREEN:
            print("green!")
        case _:
            print("other")

print("%s|%r" % (Color.RED, Color.GREEN), "{:>5}|".format(Color.RED), format(Color.GREEN, "^7"))
print(type(Color), type(Color).__name__, isinstance(Color, enum.EnumMeta), Color.__members__)
print(Color.RED.__dict__ if False else sorted(k for k in vars(Color.RED)), Color.RED.__objclass__)


class Registered(Enum):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw, len(cls.__members__))
        super().__init_subclass__()


class Child(Registered, tag=1):
    A = 1
    B = 2


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


print(repr(Perm.R | Perm.W | Perm.X), repr(Perm(7) & ~Perm.W), repr(Perm.R ^ 12), repr(~Perm(0)), repr(-Perm.R), Perm.R << 1)
print(repr(Perm(16)), repr(Perm(20)), str(Perm(20)), list(Perm(20)), Perm(20).name, repr(Perm(-3)))
print(Perm.R in Perm(5), len(Perm(7)), bool(Perm(0)), Perm(3) == 3, sorted(Perm(7)), hash(Perm.R) == hash(4))


class Opt(Flag):
    A = auto()
    B = auto()
    C = auto()
    AB = A | B
    NONE = 0


print(list(Opt), list(Opt.__members__), repr(Opt.AB), repr(Opt.A | Opt.B), repr(Opt(7)), repr(~Opt.AB), repr(~Opt.NONE))
print(repr(Opt.A & Opt.B), Opt(0) is Opt.NONE, Opt.AB in Opt(7), list(Opt(7)), [m.name for m in Opt(3)], len(Opt.AB))


class Weird(Flag):
    A = 1
    C = 4


try:
    Weird(2)
except ValueError as e:
    print("ValueError:", e)
print(repr(Weird(5)), repr(~Weird.A))


class Big(IntEnum):
    ONE = 1
    MANY = 2 ** 70


print(Big.MANY, repr(Big.MANY), Big(2 ** 70) is Big.MANY, Big.MANY > 10 ** 20)


class Status(StrEnum):
    OK = auto()
    NOT_FOUND = "missing"


print(Status.OK, Status.NOT_FOUND.upper(), Status("ok") is Status.OK, "ok" in {Status.OK: 1}, Status.OK + "!", sorted(Status))
print(enum.IntEnum.__mro__, enum.IntFlag.__mro__)

Animal = Enum("Animal", "CAT DOG", module=__name__, qualname="Animal")
print(Animal.__qualname__, Animal.CAT.__reduce_ex__(4))
Num = IntEnum("Num", [("ONE", 1), ("TWO", 2)], start=5)
print(list(Num), Num.TWO * 2)
Bits = Flag("Bits", "X Y Z")
print(list(Bits), repr(Bits.X | Bits.Z), Bits.Z.value)
Mixed = Enum("Mixed", "A B", type=str)
print(repr(Mixed.A), Mixed.A.upper() if False else Mixed.B.value)
try:
    Enum("Bad", "A B", type=int, boundary=5)
except TypeError as e:
    print("TypeError:", e)


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print([s.name for s in Shape], [n for n, m in Shape.__members__.items() if m.name != n], Shape(2).name)
print(sorted(Shape, key=lambda s: s.value), max(Shape, key=lambda s: s.value), Shape.SQUARE < Shape.CIRCLE if False else "")
try:
    Shape.SQUARE < Shape.CIRCLE
except TypeError as e:
    print("TypeError:", e)
try:
    class Extra(Shape):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class GNV(Enum):
        A = auto()
        def _generate_next_value_(name, start, count, last):
            return name
except TypeError as e:
    print("TypeError:", e)
try:
    class Ign(Enum):
        A = 1
        _ignore_ = ["A"]
except ValueError as e:
    print("ValueError:", e)
try:
    class Inv(Enum):
        _order_ = "A B"
        B = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)
