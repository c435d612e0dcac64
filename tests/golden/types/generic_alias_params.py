# types.GenericAlias / UnionType: __parameters__ and substitution of type variables
from typing import TypeVar, List, Dict, Optional
import typing

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")

print(list[T].__parameters__, dict[K, V].__parameters__, dict[str, list[T]].__parameters__, list[int].__parameters__)
print(list[T][int], dict[K, V][str, int], dict[str, list[T]][float], tuple[T, ...][int], tuple[T, K, T][int, str])
print(list[List[T]][int], list[Dict[K, V]][str, bytes], List[list[T]][int], (list[T] | None).__parameters__)
print((int | T).__parameters__, (int | T)[str], (T | K)[int, str], (list[T] | dict[K, T])[int, str], (int | list[T])[int])
alias = dict[str, list[T]]
print(alias[int] == dict[str, list[int]], type(alias[int]).__name__, alias[int].__args__, alias.__parameters__ is alias.__parameters__)
print(type[T][int], list[list[list[T]]][bytes], list["X"].__parameters__, list[T, K].__parameters__)
for bad in (lambda: list[int][str], lambda: list[T][int, str], lambda: dict[K, V][int], lambda: (int | str)[int],
            lambda: (int | T)[int, str], lambda: list[T][()], lambda: list[T][(1,)]):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
print(typing.get_type_hints(type("C", (), {"__annotations__": {"a": "list[int]", "b": "dict[str, list[float]]"}})))
