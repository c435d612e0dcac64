# dataclasses: generated methods, field options, inheritance, errors
import dataclasses
import inspect
from dataclasses import (dataclass, field, fields, asdict, astuple, replace,
                         is_dataclass, FrozenInstanceError, InitVar, KW_ONLY,
                         MISSING, make_dataclass)


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(p), p == Point(1, 2), p != Point(2, 1), p == (1, 2), Point.__doc__)
print(Point.__hash__, Point.__match_args__, inspect.signature(Point), Point.__init__.__qualname__)
print(Point.__dataclass_params__, Point.__init__.__annotations__)
print(Point.__eq__(p, 5), Point.y, "x" in Point.__dict__)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, z=3)
except TypeError as e:
    print("TypeError:", e)

match p:
    case Point(a, b):
        print("matched", a, b)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False, repr=False)


v = Version(1, 2, "x")
print(v, sorted([Version(2), Version(1, 5), Version(1, 2)]), v < Version(1, 3), v >= Version(1, 2, "y"))
print(hash(v) == hash((1, 2)), v == Version(1, 2, "other"))
for attempt in ("assign", "delete", "new"):
    try:
        if attempt == "assign":
            v.major = 3
        elif attempt == "delete":
            del v.minor
        else:
            v.extra = 1
    except FrozenInstanceError as e:
        print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Inventory:
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict, metadata={"unit": "none"})
    count: int = field(default=0, init=False)
    secret: str = field(default="s", repr=False)

    def __post_init__(self):
        self.count = len(self.items)


inv = Inventory([1, 2])
print(inv, Inventory(), Inventory().items is not Inventory().items, inv.count)
f_tags = fields(Inventory)[1]
print(f_tags.name, f_tags.type, f_tags.metadata["unit"], f_tags.default is MISSING, f_tags.default_factory)
print([(f.name, f.init, f.repr, f.compare, f.hash, f.kw_only) for f in fields(inv)])
print(inspect.signature(Inventory), Inventory.__doc__)


@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 2
    b: int = field(init=False)

    def __post_init__(self, scale):
        self.b = self.a * scale


w = WithInit(3)
print(w, WithInit(3, 5), [f.name for f in fields(WithInit)], repr(InitVar[int]), repr(InitVar[list]))
print(replace(w, a=4, scale=10))
try:
    replace(w, b=1)
except ValueError as e:
    print("ValueError:", e)


@dataclass
class Needs:
    a: int
    iv: InitVar[int]

    def __post_init__(self, iv):
        pass


try:
    replace(Needs(1, 2), a=5)
except ValueError as e:
    print("ValueError:", e)


@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 1


print(KW(a=1), inspect.signature(KW), KW.__match_args__)
try:
    KW(1)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int
    d: int = field(default=5, kw_only=False)


print(Mixed(1, 9, c=3), inspect.signature(Mixed), Mixed.__match_args__)


@dataclass
class Base:
    x: int = 0
    y: str = "b"


@dataclass
class Derived(Base):
    z: float = 1.5
    x: int = 10


print(Derived(), [f.name for f in fields(Derived)], Derived(1, "q", 2.5))


@dataclass(eq=False)
class NoEq:
    a: int


print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)


@dataclass(unsafe_hash=True)
class Hashy:
    a: int
    b: list = field(default_factory=list, hash=False)


print(hash(Hashy(5)) == hash((5,)))


@dataclass
class ExplicitHash:
    a: int

    def __hash__(self):
        return 42


print(hash(ExplicitHash(1)))


@dataclass
class Custom:
    a: int

    def __repr__(self):
        return "Custom!"

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == 5, Custom.__hash__)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


n = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(n))
print(astuple(n))
print(asdict(Point(1, 2), dict_factory=lambda kv: sorted(kv, reverse=True)))
from collections import namedtuple
NT = namedtuple("NT", "a b")


@dataclass
class Holder:
    nt: NT
    d: dict
    t: tuple


h = Holder(NT(Point(1, 1), 2), {"k": Point(0, 0)}, (Point(5, 5),))
print(asdict(h), astuple(h))
r = Node(0)
r.children.append(r)
print(repr(r))


@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 2


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)


@dataclass(frozen=True, slots=True)
class FS:
    a: int


print(FS(1), FS(1) == FS(1), FS(1).__getstate__())

print(is_dataclass(p), is_dataclass(Point), is_dataclass(5), is_dataclass(int))

C = make_dataclass("C", ["a", ("b", int), ("c", list, field(default_factory=list))],
                   namespace={"double": lambda self: self.b * 2})
c = C(1, 2)
print(c, c.double(), C.__module__, [f.type for f in fields(C)], C.__qualname__)
D = make_dataclass("D", [("x", int)], bases=(Point,), frozen=False)
print(D(1, 2), [f.name for f in fields(D)])

# error cases
def attempt(label, fn):
    try:
        fn()
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


def mutable_default():
    @dataclass
    class Bad:
        items: list = []


def mutable_set():
    @dataclass
    class Bad:
        items: set = set()


def non_default_after_default():
    @dataclass
    class Bad:
        a: int = 1
        b: int


def both_defaults():
    field(default=1, default_factory=list)


def no_annotation():
    @dataclass
    class Bad:
        a = field(default=1)


def order_without_eq():
    @dataclass(order=True, eq=False)
    class Bad:
        a: int


def overwrite_lt():
    @dataclass(order=True)
    class Bad:
        a: int

        def __lt__(self, other):
            return True


def frozen_from_nonfrozen():
    @dataclass(frozen=True)
    class Bad(Base):
        q: int = 0


def nonfrozen_from_frozen():
    @dataclass
    class Bad(Version):
        q: int = 0


def unsafe_hash_explicit():
    @dataclass(unsafe_hash=True)
    class Bad:
        a: int

        def __hash__(self):
            return 1


def frozen_setattr():
    @dataclass(frozen=True)
    class Bad:
        a: int

        def __setattr__(self, name, value):
            pass


def two_kw_only():
    @dataclass
    class Bad:
        a: int
        _: KW_ONLY
        b: int = 0
        __: KW_ONLY


def already_slots():
    @dataclass(slots=True)
    class Bad:
        __slots__ = ("a",)
        a: int


def weakref_no_slots():
    @dataclass(weakref_slot=True)
    class Bad:
        a: int


def initvar_factory():
    @dataclass
    class Bad:
        a: InitVar[list] = field(default_factory=list)


attempt("mutable default", mutable_default)
attempt("mutable set", mutable_set)
attempt("non-default", non_default_after_default)
attempt("both", both_defaults)
attempt("no annotation", no_annotation)
attempt("order/eq", order_without_eq)
attempt("overwrite lt", overwrite_lt)
attempt("frozen from non-frozen", frozen_from_nonfrozen)
attempt("non-frozen from frozen", nonfrozen_from_frozen)
attempt("unsafe_hash", unsafe_hash_explicit)
attempt("frozen setattr", frozen_setattr)
attempt("two KW_ONLY", two_kw_only)
attempt("slots", already_slots)
attempt("weakref_slot", weakref_no_slots)
attempt("initvar factory", initvar_factory)
attempt("fields(int)", lambda: fields(int))
attempt("asdict(1)", lambda: asdict(1))
attempt("asdict(cls)", lambda: asdict(Point))
attempt("astuple(1)", lambda: astuple(1))
attempt("replace(1)", lambda: replace(1))
attempt("replace unknown", lambda: replace(p, z=1))
attempt("make bad name", lambda: make_dataclass("X", ["a b"]))
attempt("make keyword", lambda: make_dataclass("X", ["for"]))
attempt("make dup", lambda: make_dataclass("X", ["a", ("a", int)]))
attempt("make invalid", lambda: make_dataclass("X", [("a", int, 1, 2)]))
attempt("make non-str", lambda: make_dataclass("X", [(1, int)]))
