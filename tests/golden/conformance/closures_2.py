# Decorators: simple, with arguments, stacked, preserving metadata by hand
def trace(func):
    def wrapper(*args, **kwargs):
        arg_text = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
        print(f"-> {func.__name__}({arg_text})")
        result = func(*args, **kwargs)
        print(f"<- {func.__name__} = {result!r}")
        return result
    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    wrapper.__wrapped__ = func
    return wrapper


def repeat(times):
    def deco(func):
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        wrapper.__name__ = f"repeat{times}_{func.__name__}"
        return wrapper
    return deco


def prefix(p):
    def deco(func):
        def wrapper(*a):
            return p + str(func(*a))
        return wrapper
    return deco


@trace
def add(a, b=2):
    """Add numbers."""
    return a + b


print(add(1), add(1, b=5))
print(add.__name__, add.__doc__, add.__wrapped__(3, 4))


@repeat(3)
@prefix(">")
def shout(word):
    return word.upper()


print(shout("hi"), shout.__name__)


@prefix("[")
@prefix("(")
def ident(x):
    return x


print(ident(7))
calls = {}


def count_calls(func):
    calls[func.__name__] = 0

    def wrapper(*args):
        calls[func.__name__] += 1
        return func(*args)
    return wrapper


@count_calls
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(15), calls)


def register(registry):
    def deco(f):
        registry[f.__name__] = f
        return f
    return deco


handlers = {}


@register(handlers)
def on_start():
    return "started"


@register(handlers)
def on_stop():
    return "stopped"


print(sorted(handlers), handlers["on_stop"]())
print(add.__qualname__, fib.__qualname__)
