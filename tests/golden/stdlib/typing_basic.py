# typing: reprs of aliases and special forms, Generic, Protocol, NamedTuple, TypedDict, NewType, hints
import typing
from typing import *
print(List, List[int], Dict[str, int], Optional[int], Union[int, str], Union[int, None, str], Optional[Union[int, str]])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None], Tuple[int, ...], Tuple[()], Tuple[int, str])
print(Type[int], Iterable[int], Literal[1, "a", None], ClassVar[int], Final[int], Annotated[int, "m", 3])
print(List[int] is List[int], List[int] == List[int], Union[int, str] == Union[str, int], Union[int], Union[int, int])
T = TypeVar("T"); K = TypeVar("K", covariant=True); C = TypeVar("C", contravariant=True); S = TypeVar("S", int, str)
print(T, K, C, S.__constraints__, T.__module__, Any, NoReturn, Self, typing.Never)
class Box(Generic[T]):
    def __init__(self, v): self.v = v
print(Box[int], Box.__parameters__, Box[int]().__class__ if False else Box[int](3).v, Box[int](3).__orig_class__)
print(Dict[str, T][int], List[T].__parameters__, get_origin(List[int]), get_args(Dict[str, int]), get_args(Callable[[int], str]))
print(get_origin(Optional[int]), get_args(Optional[int]), get_origin(list[int]), get_origin(int | str), get_args(Annotated[int, 1]), get_origin(Annotated[int, 1]))
print(isinstance([], List), issubclass(list, Sequence), isinstance({}, Mapping), isinstance(1, Union[int, str]))
@runtime_checkable
class Closable(Protocol):
    def close(self): ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable), issubclass(F, Closable), isinstance(3, SupportsInt), isinstance("x", SupportsInt))
class Pt(NamedTuple):
    x: int
    y: int = 0
    def norm(self): return self.x + self.y
print(Pt(1), Pt(1, 2).norm(), Pt._fields, Pt.__annotations__, Pt._field_defaults)
class Movie(TypedDict, total=False):
    name: str
    year: int
m = Movie(name="x", year=1)
print(m, type(m), Movie.__required_keys__, Movie.__optional_keys__, Movie.__total__)
UserId = NewType("UserId", int)
print(UserId, UserId(5), UserId.__supertype__)
def f(a: "int", b: List["Pt"] = None) -> "str": pass
print(get_type_hints(f))
class A:
    x: int
    y: "List[int]"
class B(A):
    z: ClassVar[int] = 3
print(get_type_hints(B))
print(cast(int, "x"), TYPE_CHECKING, Text, AnyStr)
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x): return x
print(len(get_overloads(g)), g(3))
P = ParamSpec("P")
print(P, P.args, P.kwargs, Callable[P, int], Concatenate[int, P])
print(int | List[int], List[int] | None, Union[List[int], None])
from typing import IO, TextIO, BinaryIO
print(IO, IO[str], TextIO, BinaryIO.__mro__, TextIO.__parameters__, IO.__parameters__)
def h(out: TextIO) -> IO[bytes]: pass
print(get_type_hints(h))
