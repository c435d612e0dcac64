# enum: Enum basics, reprs, str/format, aliases, lookup, errors, functional API
import enum
from enum import Enum, IntEnum, StrEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # alias

    def describe(self):
        return "%s=%s" % (self.name, self.value)

    @classmethod
    def favourite(cls):
        return cls.GREEN


print(repr(Color.RED), str(Color.RED), format(Color.RED), f"{Color.RED:>12}|")
print(Color.CRIMSON is Color.RED, Color.CRIMSON.name, list(Color), len(Color))
print(list(Color.__members__), Color.__members__["CRIMSON"])
print(Color(2), Color["BLUE"], Color.favourite(), Color.BLUE.describe())
print(repr(Color), str(Color), Color.__name__, Color.RED.__class__.__name__)
print(list(reversed(Color)), Color.RED in Color, isinstance(Color.RED, Color))
print(Color.RED == 1, Color.RED == Color.RED, Color.RED != Color.BLUE)
print(hash(Color.RED) == hash("RED"), {Color.RED: 1}[Color.CRIMSON])
print(Color._member_names_, Color._value2member_map_)
print(Color.RED._name_, Color.RED._value_, type(Color.RED).__mro__)
print(Color(Color.RED), Color.RED.__reduce_ex__(2))
print(dir(Color))
print(dir(Color.RED))
print(bool(Color.RED), bool(Color))

for bad in (9, "RED", None, [1]):
    try:
        Color(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ("PURPLE", 1):
    try:
        Color[bad]
    except KeyError as e:
        print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Color.RED
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.PURPLE
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED.name = "x"
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED in Color.RED
except TypeError as e:
    print("TypeError:", e)

try:
    class MoreColor(Color):
        PINK = 17
except TypeError as e:
    print("TypeError:", e)

try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)

try:
    class Bad(Enum):
        _foo_ = 1
except ValueError as e:
    print("ValueError:", e)

try:
    class Bad2(Enum):
        mro = 1
except ValueError as e:
    print("ValueError:", e)

try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
        UNO = 1
except ValueError as e:
    print("ValueError:", e)


class Empty(Enum):
    def hello(self):
        return "hello " + self.name


class Sub(Empty):
    X = 10
    Y = 20


print(Sub.X.hello(), list(Sub), repr(Empty))


class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()


print(list(Auto), repr(auto()))


class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)

    NORTH = auto()
    SOUTH = auto()


print(list(Lower), Lower("south1"))


class Missing(Enum):
    ONE = 1
    TWO = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        if value == 99:
            return "bogus"
        return None


print(Missing("one"), Missing("two"))
try:
    Missing(99)
except TypeError as e:
    print("TypeError:", e, "|", repr(e.__context__))
try:
    Missing("three")
except KeyError as e:
    print("KeyError:", e, "|", repr(e.__context__))
try:
    Missing(3)
except ValueError as e:
    print("ValueError:", e)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 3))
print(Planet((3.303e+23, 2.4397e6)))


class Shape(Enum):
    name = 1
    value = 2
    other = 3


print(Shape.name, Shape.value, Shape.name.name, Shape.value.value, Shape.other.name)

# functional API
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal.__module__, repr(Animal))
Pets = Enum("Pets", ["DOG", "CAT"], start=10)
print(list(Pets))
Pairs = Enum("Pairs", [("X", "x"), ("Y", "y")])
print(list(Pairs), Pairs("y"))
Mapped = Enum("Mapped", {"ONE": 1, "TWO": 2})
print(list(Mapped))
Commas = Enum("Commas", "A, B,C")
print(list(Commas))
Ints = IntEnum("Ints", "P Q")
print(list(Ints), Ints.Q + 1)
try:
    Color("Other", "A B")
except TypeError as e:
    print("TypeError:", e)

# _ignore_ and nonmember/member
class Period(Enum):
    _ignore_ = "Period i"
    Period = vars()
    for i in range(3):
        Period["day_%d" % i] = i


print(list(Period))


class Marked(Enum):
    A = 1
    B = enum.nonmember(2)

    @enum.member
    def C(self):
        return 3


print(list(Marked.__members__), Marked.C.value(None), Marked.B)

# _order_
try:
    class Ordered(Enum):
        _order_ = "A C B"
        A = 1
        B = 2
        C = 3
except TypeError as e:
    print("TypeError:", e)

# pickling protocol pieces and copy
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.BLUE])[0] is Color.BLUE)
cls, args = Color.GREEN.__reduce_ex__(4)
print(cls(*args) is Color.GREEN)
