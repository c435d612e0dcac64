# dataclasses: descriptors, inheritance details, abstract methods, generic-ish use, copy, sorting
import abc
import copy
import dataclasses
from dataclasses import dataclass, field, fields, replace, asdict


class Positive:
    def __set_name__(self, owner, name):
        self.private = "_" + name
        print("set_name", owner.__name__, name)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return 5
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError("must be positive")
        setattr(obj, self.private, value)


@dataclass
class Item:
    qty: Positive = Positive()
    name: str = "x"


i = Item()
print(i, Item(3, "y"), fields(Item)[0].default)
try:
    Item(-1)
except ValueError as e:
    print("ValueError:", e)


@dataclass
class Base:
    a: int
    log: list = field(default_factory=list, repr=False, compare=False)

    def __post_init__(self):
        self.log.append("base")


@dataclass
class Child(Base):
    b: int = 0

    def __post_init__(self):
        super().__post_init__()
        self.log.append("child")


c = Child(1, b=2)
print(c, c.log, Child.__match_args__, c == Child(1, [], 2), c == Base(1), Base(1) == c)


@dataclass(frozen=True)
class FBase:
    x: int


@dataclass(frozen=True)
class FChild(FBase):
    y: int = 0


fc = FChild(1, 2)
print(fc, replace(fc, y=5), hash(fc) == hash((1, 2)), copy.copy(fc) == fc, copy.deepcopy(fc))
try:
    object.__setattr__(fc, "x", 10)
    print("forced", fc)
except Exception as e:
    print(type(e).__name__, e)


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...


@dataclass
class Square(Shape):
    side: float

    def area(self):
        return self.side ** 2


@dataclass
class NotDone(Shape):
    side: float


print(Square(3).area(), NotDone.__abstractmethods__)
try:
    NotDone(1)
except TypeError as e:
    print("TypeError:", e)


@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)


tasks = [Task(3, "c"), Task(1, "a"), Task(2, "b"), Task(1, "z")]
print(sorted(tasks), min(tasks).name, Task(1, "q") == Task(1, "r"), Task(1, "q") <= Task(1, "r"))


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), fields(Empty), asdict(Empty()), Empty.__match_args__, Empty.__doc__)


@dataclass(init=False, repr=False, eq=False)
class Bare:
    a: int = 1


b = Bare()
print(b.a, type(b).__repr__ is object.__repr__, Bare.__eq__ is object.__eq__, "__init__" in Bare.__dict__)


@dataclass
class WithClassVarDefault:
    x: int = 0
    y: "int" = 1


print(WithClassVarDefault(), [f.type for f in fields(WithClassVarDefault)])


@dataclass
class Self_:
    self: int
    other: int = 0


print(Self_(1, 2), Self_(self=3))


@dataclass(slots=True)
class SlotBase:
    a: int


@dataclass(slots=True)
class SlotChild(SlotBase):
    b: int


sc = SlotChild(1, 2)
print(sc, SlotChild.__slots__, SlotBase.__slots__, copy.copy(sc))


@dataclass(slots=True, weakref_slot=True)
class WeakRefd:
    a: int


print(WeakRefd.__slots__, WeakRefd(1))


@dataclass
class Meta:
    a: int = field(default=1, metadata={"doc": "alpha"})


f = fields(Meta)[0]
print(f.metadata, dict(f.metadata), type(f.metadata).__name__, fields(Meta)[0].metadata is not dataclasses.field().metadata)
try:
    f.metadata["x"] = 1
except TypeError as e:
    print("TypeError:", e)
print(dataclasses.is_dataclass(Meta()), dataclasses.MISSING is not None, repr(dataclasses.KW_ONLY).startswith("<dataclasses"))
print(Meta.__dataclass_fields__.keys(), type(Meta.__dataclass_params__).__name__)
