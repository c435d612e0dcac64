# *args and **kwargs: collecting, unpacking at call sites, forwarding.
def collect(*args, **kwargs):
    return args, kwargs
print(collect(), collect(1, 2), collect(a=1), collect(1, *[2, 3], *"ab", x=1, **{"y": 2}, z=3))
def forward(*args, **kwargs):
    return collect(*args, **kwargs)
print(forward(1, k="v"))
def add3(a, b, c):
    return a + b + c
print(add3(*[1, 2, 3]), add3(*(1, 2), 3), add3(1, *range(2, 4)), add3(**{"a": 1, "b": 2, "c": 3}), add3(1, **{"c": 3, "b": 2}))
print(*[1, 2, 3], sep="-")
print(*"abc", *range(3))
print(max(*[4, 9, 2]), [*range(3), *"xy"], {**{"a": 1}, **{"b": 2}}, (*[1], *[2]))
def kwonly(*, key, value=None):
    return key, value
print(kwonly(key=1), kwonly(value=2, key=3))
def count_args(*args):
    return len(args)
print(count_args(*range(100)), count_args(*[], *()), count_args(*{"a": 1, "b": 2}))
try:
    collect(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    collect(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    collect(**[1])
except TypeError as e:
    print("TypeError:", e)
try:
    collect(a=1, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
