# Positional-only (/) and keyword-only (*) parameters, including their interplay with **kwargs.
def f(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)
print(f(1, 2, 3, e=5), f(1, 2, c=3, d=0, e=5, f=7), f(1, 2, 3, 4, e=5))
def g(x, /, **kwargs):
    return x, kwargs
print(g(1, x=2), g("pos", y=3))
def h(a=1, /, b=2, *, c=3):
    return a, b, c
print(h(), h(10), h(10, 20), h(b=5), h(c=9))
try:
    f(a=1, b=2, c=3, e=5)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, 3, 4, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    h(a=1)
except TypeError as e:
    print("TypeError:", e)
print(f.__code__.co_posonlyargcount, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames)
