# dataclasses: defaults, ordering, frozen, field(default_factory), __post_init__, asdict
from dataclasses import dataclass, field, asdict, astuple, replace, fields


@dataclass
class Item:
    name: str
    price: float
    qty: int = 1

    @property
    def total(self):
        return self.price * self.qty


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


@dataclass(frozen=True)
class Point:
    x: float
    y: float


@dataclass
class Cart:
    owner: str
    items: list = field(default_factory=list)
    discount: float = field(default=0.0, repr=False)

    def __post_init__(self):
        self.owner = self.owner.title()

    def add(self, item):
        self.items.append(item)
        return self


it = Item("pen", 1.5, 4)
print(it, it.total, it == Item("pen", 1.5, 4), it == Item("pen", 1.5))
print(sorted([Version(1, 2), Version(1, 0, 9), Version(0, 9)]), Version(2) > Version(1, 99))
p = Point(1.0, 2.0)
print(p, hash(p) == hash(Point(1.0, 2.0)), {p: "here"}[Point(1.0, 2.0)])
try:
    p.x = 5
except Exception as e:
    print(type(e).__name__, e)
c = Cart("ann lee").add(it).add(Item("ink", 3.0))
print(c, c.discount, Cart("bo").items is not Cart("cy").items)
print(asdict(c))
print(astuple(Version(1, 2, 3)), replace(p, y=9.0), [f.name for f in fields(Item)])
try:
    Item("x")
except TypeError as e:
    print("TypeError:", e)
