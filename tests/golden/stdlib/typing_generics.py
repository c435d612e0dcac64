# typing: user generics, substitution, forward references, aliases as bases, alias attributes
import typing, collections.abc
from typing import *
T = TypeVar("T"); KT = TypeVar("KT"); VT = TypeVar("VT")
class Node(Generic[T]):
    def __init__(self, value: T, children: "List[Node[T]]" = None) -> None:
        self.value = value
    def get(self) -> T: return self.value
class Tree(Node[int]): pass
class MyMap(Dict[KT, VT]): pass
class MyList(List[T]): pass
class Both(Iterable[int], Sized): pass
items = [Optional["Foo"], List["int"], Dict[str, "Node[int]"], Union["A", None], Callable[["X"], "Y"],
         Node, Node[int], Node[Node[str]], Tree.__orig_bases__, Tree.__mro__, MyMap.__mro__, MyMap[str, int],
         MyList[int](), type(MyList[int]()), MyMap.__parameters__, Both.__mro__,
         get_type_hints(Node.__init__), get_type_hints(Node.get), get_type_hints(Node.__init__, localns={"Node": Node}),
         Tuple[int, str][()] if False else 0, Node[int] == Node[int], hash(Node[int]) == hash(Node[int]),
         Node[T][str], Callable[[T], List[T]][int], Dict[KT, List[VT]][str, int], Union[T, int][str], Optional[T][int],
         Union[int, List[T]][str], Iterable[Tuple[T, T]][int], Type[T][int], get_args(Callable[[T], T][int]),
         Annotated[List[T], "x"][int], Literal["a"] | None, int | Literal[1], List[int] | Dict[str, int],
         Iterable[int].__origin__, typing.Sequence[int].__args__, isinstance([], typing.Iterable), issubclass(list, typing.MutableSequence),
         typing.Hashable, isinstance(1, typing.Hashable), isinstance([], typing.Hashable), typing.Sized, typing.ByteString,
         Node.__class_getitem__, Protocol.__mro__, Generic.__mro__, type(Node[int]).__name__, type(List).__name__, type(Union[int,str]).__name__,
         type(Callable[[int], int]).__name__, type(Literal[1]).__name__, type(Annotated[int, 1]).__name__, type(Optional).__name__,
         Node[int].__module__, List[int].__module__, Node[int].__qualname__, List[int].__name__, Union[int, str].__name__, Optional[int].__qualname__, Callable[[int], int].__name__, Annotated[int, 1].__name__, Literal[1].__name__,
         repr(Node[int]().__class__) if False else 0, Node[int](5).__orig_class__, Node[int](5).get(),
         List[int].__mro_entries__((List[int],)), Generic[T].__mro_entries__((Generic[T],))]
for i, x in enumerate(items):
    print(i, x)
for bad in (lambda: Node[int][str], lambda: Tree[int], lambda: Node[int, str], lambda: MyList[int, str], lambda: Literal[1][2],
            lambda: Generic[T][int], lambda: Callable[[int], str][int], lambda: Node[T]()):
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
