# Memoization by hand with closures and dicts, class-based decorators
def memoize(func):
    cache = {}

    def wrapper(*args):
        if args in cache:
            return cache[args]
        result = func(*args)
        cache[args] = result
        return result
    wrapper.cache = cache
    return wrapper


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), len(fib.cache))


@memoize
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)


print(grid_paths(16, 16))
try:
    fib([1])
except TypeError as e:
    print("TypeError:", e)


class CountCalls:
    def __init__(self, func):
        self.func = func
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        def bound(*args, **kwargs):
            return self(obj, *args, **kwargs)
        return bound


@CountCalls
def hello(name):
    return "hello " + name


print(hello("a"), hello("b"), hello.calls)


class Greeter:
    @CountCalls
    def greet(self, other):
        return f"{self.name} greets {other}"

    def __init__(self, name):
        self.name = name


g = Greeter("ann")
print(g.greet("bob"), g.greet("cy"), Greeter.greet.calls)


def once(func):
    done = False
    value = None

    def wrapper(*a):
        nonlocal done, value
        if not done:
            value = func(*a)
            done = True
        return value
    return wrapper


@once
def init(x):
    print("initialising", x)
    return x * 2


print(init(5), init(6), init(7))
