# Functions are objects: attributes, __call__, introspection, callables registry
def greet(name, greeting="hello", *, punct="!"):
    """Return a greeting."""
    return f"{greeting}, {name}{punct}"


class Shout:
    def __call__(self, text):
        return text.upper()


print(greet("ann"), greet.__name__, greet.__doc__, greet.__defaults__, greet.__kwdefaults__)
print(greet.__code__.co_argcount, greet.__code__.co_kwonlyargcount, greet.__code__.co_varnames)
greet.calls = 0
greet.calls += 1
print(greet.calls, sorted(greet.__dict__))
things = [greet, Shout(), len, print, str.upper, lambda: 0, Shout, 42, "text", [].append]
for t in things:
    print(type(t).__name__, callable(t), hasattr(t, "__call__"))
print(greet.__call__("bob"))
print(len.__call__([1, 2, 3]))
print(Shout().__call__("quiet"))
print(str.upper.__call__("abc"))
apply = lambda fn, *args: fn.__call__(*args)
print(apply(max, 3, 9, 2), apply(greet, "cy"))
registry = {}


def command(fn):
    registry[fn.__name__] = fn
    return fn


@command
def start():
    return "starting"


@command
def stop():
    return "stopping"


for name, fn in sorted(registry.items()):
    print(name, fn(), fn is globals()[name])
alias = greet
del greet
print(alias("dan"), alias.__name__)
print(getattr(alias, "__wrapped__", None), getattr(alias, "missing", "no attr"))
