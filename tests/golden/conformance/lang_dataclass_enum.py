from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
from enum import Enum, IntEnum, Flag, auto, unique
from typing import NamedTuple
from collections import namedtuple

@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
    def norm(self): return abs(self.x) + abs(self.y)

p = Point(1, 2)
print(p, p == Point(1, 2), p != Point(2, 1), p.norm(), asdict(p), astuple(p))
print(replace(p, x=9), [f.name for f in fields(p)], Point.__dataclass_fields__["y"].default)
try:
    Point()
except TypeError as e:
    print(e)
@dataclass(frozen=True, order=True)
class Ver:
    major: int
    minor: int = 0
v = Ver(1, 2)
try:
    v.major = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(sorted([Ver(2), Ver(1, 5), Ver(1)]), Ver(1) < Ver(1, 1), hash(v) == hash(Ver(1, 2)), {v: 1}[Ver(1, 2)])
@dataclass
class Inv:
    qty: int
    price: float
    total: float = field(init=False)
    def __post_init__(self):
        self.total = self.qty * self.price
print(Inv(3, 2.5), Inv(3, 2.5).total)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class BadDefault:
        items: list = []
except ValueError as e:
    print(e)
@dataclass
class Child(Point):
    z: int = 5
print(Child(1, 2, [], 3))
@dataclass(repr=False, eq=False)
class NoRepr:
    a: int
print(NoRepr(1) == NoRepr(1), repr(NoRepr(1)).startswith("<__main__.NoRepr object"))

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.RED), Color(2), Color["BLUE"], Color.RED.name, Color.RED.value, list(Color), len(Color))
print(Color.RED is Color(1), Color.RED == 1, isinstance(Color.RED, Color), Color.RED in Color, [c.name for c in Color])
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError", e)
try:
    Color.RED = 5
except AttributeError as e:
    print(e)
class Pri(IntEnum):
    LOW = 1
    HIGH = 2
print(Pri.LOW < Pri.HIGH, Pri.HIGH + 1, sorted([Pri.HIGH, Pri.LOW]), Pri(1), int(Pri.HIGH), f"{Pri.HIGH}")
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, Perm.R.value, Perm.X.value, bool(Perm(0)), list(Perm))
class Auto(Enum):
    A = auto()
    B = auto()
print(Auto.A.value, Auto.B.value, Auto.A.__class__.__name__)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
class Alias(Enum):
    A = 1
    B = 1
print(Alias.B, Alias.B is Alias.A, list(Alias))
class WithMethod(Enum):
    X = "x"
    def shout(self):
        return self.value.upper()
    @classmethod
    def default(cls):
        return cls.X
print(WithMethod.X.shout(), WithMethod.default(), str(WithMethod.X), format(Color.RED), f"{Color.GREEN}")
class Emp(NamedTuple):
    name: str
    dept: str = "eng"
e = Emp("ann")
print(e, e.name, e[1], e._asdict(), e._replace(dept="ops"), Emp._fields, Emp._field_defaults)
P3 = namedtuple("P3", "x y z", defaults=[0])
q = P3(1, 2)
print(q, q.z, q._fields, P3._make([4, 5, 6]), tuple(q), q == (1, 2, 0))
try:
    P3(1)
except TypeError as e:
    print(e)
try:
    q.x = 5
except AttributeError as e:
    print(e)
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print(e)
try:
    namedtuple("Bad", "class")
except ValueError as e:
    print(e)
x, y, z = q
print(x, y, z)
