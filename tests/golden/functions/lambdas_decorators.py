# Lambdas and decorators: simple, with arguments, stacked, preserving names with functools.wraps.
import functools
square = lambda x: x * x
print(square(7), (lambda a, b=2, *c, **d: (a, b, c, d))(1, 3, 4, e=5), square.__name__)
print(sorted([(1, "b"), (2, "a")], key=lambda p: p[1]), list(map(lambda x: x + 1, [1, 2])))
calls = []
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        result = fn(*args, **kwargs)
        print(f"{fn.__name__}{args} -> {result}")
        return result
    return wrapper
@trace
def add(a, b):
    """Adds."""
    return a + b
add(1, 2)
add(3, b=4)
print(add.__name__, add.__doc__, calls)
def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("x"), hello.__name__)
def bold(fn):
    return lambda: "<b>" + fn() + "</b>"
def italic(fn):
    return lambda: "<i>" + fn() + "</i>"
@bold
@italic
def text():
    return "t"
print(text())
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def one():
    return 1
@register
def two():
    return 2
print(sorted(registry), registry["two"]())
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits > 0)
def counted(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper
@counted
def noop():
    pass
noop(); noop()
print(noop.calls)
