# typing: error cases and runtime behaviour details
import typing
from typing import (Any, Union, Optional, List, Dict, Tuple, Callable, ClassVar,
                    Final, Literal, Generic, Protocol, TypeVar, NamedTuple,
                    TypedDict, NewType, Annotated, Hashable, Sized, Iterable,
                    runtime_checkable, overload, get_type_hints, assert_never,
                    ParamSpec, Self, Type, Sequence)

T = TypeVar("T")
U = TypeVar("U")


def attempt(label, fn):
    try:
        result = fn()
        print(label, "->", result)
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)


attempt("Union[]", lambda: Union[()])
attempt("Union[1]", lambda: Union[1])
attempt("Optional[1]", lambda: Optional[1])
attempt("Optional[int, str]", lambda: Optional[int, str])
attempt("List[1]", lambda: List[1])
attempt("List[int, str]", lambda: List[int, str])
attempt("Dict[int]", lambda: Dict[int])
attempt("Hashable[int]", lambda: Hashable[int])
attempt("List[int][str]", lambda: List[int][str])
attempt("ClassVar[1]", lambda: ClassVar[1])
attempt("ClassVar[int, str]", lambda: ClassVar[int, str])
attempt("List[ClassVar[int]]", lambda: List[ClassVar[int]])
attempt("List[Generic]", lambda: List[Generic])
attempt("List[Union]", lambda: List[Union])
attempt("Callable[int]", lambda: Callable[int])
attempt("Callable[[int], 1]", lambda: Callable[[int], 1])
attempt("Tuple[1]", lambda: Tuple[1])
attempt("Annotated[int]", lambda: Annotated[int])
attempt("Annotated()", lambda: Annotated())
attempt("Any()", lambda: Any())
attempt("Union()", lambda: Union())
attempt("List()", lambda: List())
attempt("Self[int]", lambda: Self[int])
attempt("isinstance Any", lambda: isinstance(1, Any))
attempt("isinstance Union", lambda: isinstance(1, Union))
attempt("isinstance List[int]", lambda: isinstance([], List[int]))
attempt("issubclass Optional", lambda: issubclass(int, Optional))
attempt("isinstance Optional[int]", lambda: isinstance(None, Optional[int]))
attempt("isinstance Callable", lambda: isinstance(len, Callable))
attempt("isinstance Sequence", lambda: isinstance("ab", Sequence))
attempt("TypeVar single", lambda: TypeVar("X", int))
attempt("TypeVar bivariant", lambda: TypeVar("X", covariant=True, contravariant=True))
attempt("TypeVar bound+constraints", lambda: TypeVar("X", int, str, bound=int))
attempt("TypeVar bound", lambda: TypeVar("X", bound=int).__bound__)
attempt("Generic[int]", lambda: Generic[int])
attempt("Generic[T, T]", lambda: Generic[T, T])
attempt("Generic[()]", lambda: Generic[()])
attempt("Generic()", lambda: type(Generic()).__name__)
attempt("Literal dedup", lambda: Literal[1, 1, 2, True])
attempt("Literal eq", lambda: (Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True]))
attempt("Literal nested", lambda: Literal[Literal[1, 2], 3])
attempt("Annotated nested", lambda: Annotated[Annotated[int, 1], 2].__metadata__)
attempt("Final repr", lambda: (Final, Final[int], ClassVar))
attempt("Union flatten", lambda: Union[Union[int, str], float, int | bytes])
attempt("Union hash", lambda: hash(Union[int, str]) == hash(Union[str, int]))
attempt("Union str", lambda: str(Optional[List[int]]))
attempt("Tuple args", lambda: (Tuple[int, ...].__args__, Tuple[()].__args__))
attempt("Callable args", lambda: (Callable[[int], str].__args__, Callable[..., str].__args__))
attempt("List[Dict[str, T]]", lambda: List[Dict[str, T]][int])
attempt("Dict[T, U]", lambda: Dict[T, U][int, str])
attempt("Dict[T, U] too few", lambda: Dict[T, U][int])
attempt("Callable[[T], U]", lambda: Callable[[T], U][int, str])
attempt("Type[T]", lambda: (Type[T].__parameters__, Type[int]))
attempt("List.__origin__", lambda: (List.__origin__, List[int].__origin__, List._name))
attempt("list[T]", lambda: (list[T][int], List[list[T]][str], dict[str, T][int] == Dict[str, T][int]))


class Box(Generic[T]):
    pass


class Pair(Box[T], Generic[T, U]):
    pass


class IntBox(Box[int]):
    pass


attempt("Box[int, str]", lambda: Box[int, str])
attempt("Pair", lambda: (Pair[int, str], Pair.__parameters__, IntBox.__parameters__, IntBox.__orig_bases__))
attempt("Pair mro", lambda: Pair.__mro__)
attempt("IntBox[int]", lambda: IntBox[int])
attempt("Box[int] eq", lambda: (Box[int] == Box[int], Box[int] == Box[str], Box[int].__origin__ is Box))


def bad_generic():
    class X(Generic):
        pass


def generic_missing():
    class X(Box[T], Generic[U]):
        pass


def two_generics():
    class X(Generic[T], Generic[U]):
        pass


def subclass_union():
    class X(Union[int, str]):
        pass


def subclass_typevar():
    class X(T):
        pass


def subclass_any_special():
    class X(ClassVar[int]):
        pass


attempt("Generic plain", bad_generic)
attempt("Generic missing", generic_missing)
attempt("Generic twice", two_generics)
attempt("subclass Union", subclass_union)
attempt("subclass TypeVar", subclass_typevar)
attempt("subclass ClassVar[int]", subclass_any_special)


class Proto(Protocol):
    x: int

    def meth(self) -> int:
        ...


@runtime_checkable
class HasX(Protocol):
    x: int


class WithX:
    x = 1


attempt("Proto()", lambda: Proto())
attempt("isinstance non-runtime", lambda: isinstance(1, Proto))
attempt("isinstance HasX", lambda: (isinstance(WithX(), HasX), isinstance(1, HasX)))
attempt("issubclass HasX", lambda: issubclass(WithX, HasX))
attempt("runtime_checkable(int)", lambda: runtime_checkable(int))


class Impl(Proto):
    def __init__(self):
        self.x = 5

    def meth(self):
        return self.x


attempt("Impl", lambda: (Impl().meth(), isinstance(Impl(), Proto)))


def proto_bad_base():
    class P(Protocol, int):
        pass


attempt("Protocol base", proto_bad_base)


def nt_bad_default():
    class NT(NamedTuple):
        a: int = 1
        b: int


def nt_overwrite():
    class NT(NamedTuple):
        a: int

        def _asdict(self):
            pass


def nt_bad_base():
    class NT(NamedTuple, int):
        a: int


attempt("NamedTuple default", nt_bad_default)
attempt("NamedTuple overwrite", nt_overwrite)
attempt("NamedTuple base", nt_bad_base)
Emp = NamedTuple("Emp", [("name", str), ("id", int)])
attempt("NamedTuple functional", lambda: (Emp("a", 1), Emp.__annotations__, Emp.__module__))
attempt("NamedTuple kwargs", lambda: NamedTuple("K", x=int)(3))
attempt("NamedTuple both", lambda: NamedTuple("K", [("a", int)], x=int))

TD = TypedDict("TD", {"a": int, "b": str})
attempt("TypedDict functional", lambda: (TD(a=1), TD.__annotations__, TD.__required_keys__ == {"a", "b"}))
attempt("TypedDict isinstance", lambda: isinstance({}, TD))
attempt("TypedDict both", lambda: TypedDict("X", {"a": int}, b=str))


class Base(TypedDict):
    a: int


class Child(Base, total=False):
    b: typing.Required[str]
    c: typing.NotRequired[int]
    d: float


attempt("TypedDict inherit", lambda: (sorted(Child.__required_keys__), sorted(Child.__optional_keys__),
                                      list(Child.__annotations__), typing.is_typeddict(Child)))


def td_bad_base():
    class X(TypedDict, int):
        a: int


attempt("TypedDict base", td_bad_base)

UserId = NewType("UserId", int)


def newtype_subclass():
    class Admin(UserId):
        pass


attempt("NewType subclass", newtype_subclass)
attempt("NewType union", lambda: UserId | None)


@overload
def f(x: int) -> int:
    ...


attempt("overload call", lambda: f(1))
attempt("assert_never", lambda: assert_never("x" * 5))
attempt("hints int", lambda: get_type_hints(5))
attempt("hints bad ref", lambda: get_type_hints(type("Q", (), {"__annotations__": {"a": "Undefined"}})))


class Anno:
    a: Annotated[int, "meta"]
    b: "Optional[Anno]"
    c: None


attempt("hints extras", lambda: (get_type_hints(Anno), get_type_hints(Anno, include_extras=True)["a"]))
attempt("ForwardRef", lambda: (typing.ForwardRef("int"), typing.ForwardRef("x") == typing.ForwardRef("x")))
attempt("ForwardRef bad", lambda: typing.ForwardRef("1 +"))
attempt("ForwardRef non-str", lambda: typing.ForwardRef(1))
P = ParamSpec("P")
attempt("Callable[P, T][[int], str]", lambda: Callable[P, T][[int], str])
attempt("reprs", lambda: [typing.Iterator[int], typing.Generator[int, None, None],
                          typing.DefaultDict[str, int], typing.Deque[int], typing.FrozenSet[int],
                          typing.AbstractSet[int], typing.ContextManager[int], typing.Counter[str]])
attempt("Optional[None]", lambda: Optional[None])
attempt("Union[None]", lambda: Union[None])
attempt("List[None]", lambda: List[None])
attempt("List['X']", lambda: List["X"])
attempt("dir check", lambda: "append" in dir(List[int]))
attempt("alias attr", lambda: List[int].append is list.append)
