# Argument errors with CPython's exact messages.
def f(a, b):
    pass
def g(a, b=1, *, c):
    pass
def h(a, /, b):
    pass
def k(*, x):
    pass
def none():
    pass
class C:
    def m(self, x):
        pass
calls = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, b=2, a=3),
    lambda: f(1, 2, c=3),
    lambda: g(1),
    lambda: g(1, 2, 3),
    lambda: g(1, 2, 3, c=4),
    lambda: h(a=1, b=2),
    lambda: h(1),
    lambda: k(1),
    lambda: k(),
    lambda: none(1),
    lambda: none(x=1),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(1),
    lambda: (lambda x: x)(),
    lambda: f(1, 2, x=1, y=2),
    lambda: g(1, c=1, d=2),
    lambda: len(),
    lambda: len(1, 2),
    lambda: abs(x=1),
    lambda: int("1", 2, 3),
]
for i, call in enumerate(calls):
    try:
        call()
        print(i, "no error")
    except TypeError as e:
        print(i, "TypeError:", e)
