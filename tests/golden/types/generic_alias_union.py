# PEP 585 generic aliases and PEP 604 unions.
a = list[int]; print(a, repr(a), type(a), a.__origin__, a.__args__, a.__parameters__, a == list[int], hash(a)==hash(list[int]))
print(dict[str, list[int]], tuple[int, ...], tuple[()], list['X'])
print(int | str, int | None, None | int, (int | str) | float, int | int, type(int|str), (int|str).__args__)
print(isinstance(1, int | str), isinstance(1.0, int | str), issubclass(bool, int | str), isinstance(None, int | None))
print(list[int](range(3)), list[int] == list, (int | str) == (str | int), hash(int|str) == hash(str|int))
try: isinstance([], list[int])
except TypeError as e: print(e)
try: int | 1
except TypeError as e: print(e)
print(list[int] | None)
print(dict[str, int].__args__)
def f(x: list[int], y: dict[str, int] | None = None) -> tuple[int, str]:
    return x
print(f([1]), f.__annotations__)
class MyList(list[int]): pass
print(MyList.__mro__, MyList([1,2]))
print(list[int].append, set[str], frozenset[int])
