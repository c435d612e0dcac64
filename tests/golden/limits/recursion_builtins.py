# Which C-level calls count against the recursion limit, as CPython 3.11
# counts them: builtin functions and method descriptors (except where a warm
# call site is specialised to a form that skips the check), classes without
# a vectorcall, instances with __call__, print's write() calls, comparisons
# made by C code. Each case recurses until RecursionError and prints how deep
# it got and the message, under several limits (the trip point moves between
# guards with the limit's parity).
import sys

depth = 0


def countdown(n):
    global depth
    depth = n
    print(n, end=" " if n % 25 else "\n")
    countdown(n + 1)


def with_len(n, l=[1]):
    global depth
    depth = n
    len(l)
    abs(n)
    with_len(n + 1)


def with_methods(n, d={}, l=[]):
    global depth
    depth = n
    d.get(n)
    l.append(n)
    l.pop()
    "x".join(["a"])
    with_methods(n + 1)


def with_max(n):
    global depth
    depth = n
    max(n, 1)
    with_max(n + 1)


def with_sorted(n):
    global depth
    depth = n
    sorted([2, 1])
    with_sorted(n + 1)


def with_str(n):
    global depth
    depth = n
    str(n)
    repr(n)
    with_str(n + 1)


class Box:
    def __init__(self, n):
        global depth
        depth = n
        Box(n + 1)


class Caller:
    def __call__(self, n):
        global depth
        depth = n
        self(n + 1)


class Eq:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        global depth
        depth = self.n
        return Eq(self.n + 1) in [Eq(0)]


def with_type(n):
    global depth
    depth = n
    type(n)
    isinstance(n, int)
    with_type(n + 1)


def with_kwargs(n):
    global depth
    depth = n
    sorted([1], key=None, reverse=False)
    int("5", base=10)
    with_kwargs(n + 1)


def with_polymorphic(n, funcs=(len, str, list, abs, repr)):
    global depth
    depth = n
    f = funcs[n % 5]
    f([n]) if f is not abs else f(n)
    with_polymorphic(n + 1)


cases = [
    ("len", lambda: with_len(0)),
    ("methods", lambda: with_methods(0)),
    ("max", lambda: with_max(0)),
    ("sorted", lambda: with_sorted(0)),
    ("str", lambda: with_str(0)),
    ("init", lambda: Box(0)),
    ("call", lambda: Caller()(0)),
    ("eq", lambda: Eq(0) == Eq(1)),
    ("type", lambda: with_type(0)),
    ("kwargs", lambda: with_kwargs(0)),
    ("polymorphic", lambda: with_polymorphic(0)),
]
for lim in (60, 61, 62, 63, 1000):
    sys.setrecursionlimit(lim)
    for name, fn in cases:
        for rep in range(2):
            depth = 0
            try:
                fn()
                print(lim, name, "no error")
            except RecursionError as e:
                print(lim, name, rep, depth, e)
sys.setrecursionlimit(1000)
try:
    countdown(0)
except RecursionError as e:
    print()
    print("countdown", depth, e)
