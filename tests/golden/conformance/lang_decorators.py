import functools
import re
def clean(x):
    return re.sub(r" at 0x[0-9a-f]+", "", repr(x))
def repeat(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def greet(name):
    """Say hi."""
    return f"hi {name}"
print(greet("bob"), greet.__name__, greet.__doc__, greet.__wrapped__("x"), greet.__qualname__)
def plain_deco(fn):
    def wrapper(*a):
        return fn(*a)
    return wrapper
@plain_deco
def undecorated_name():
    pass
print(undecorated_name.__name__, undecorated_name.__qualname__)
def trace(fn):
    depth = [0]
    @functools.wraps(fn)
    def w(*a):
        print("  " * depth[0] + f"-> {fn.__name__}{a}")
        depth[0] += 1
        r = fn(*a)
        depth[0] -= 1
        print("  " * depth[0] + f"<- {r}")
        return r
    return w
@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
fact(3)
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@functools.cache
def sq(x):
    print("computing", x)
    return x * x
print(sq(4), sq(4))
def class_deco(cls):
    cls.tagged = True
    return cls
@class_deco
class T:
    pass
print(T.tagged)
def counted(cls):
    orig = cls.__init__
    cls.instances = 0
    def __init__(self, *a, **k):
        cls.instances += 1
        orig(self, *a, **k)
    cls.__init__ = __init__
    return cls
@counted
class Item:
    def __init__(self, v): self.v = v
Item(1); Item(2)
print(Item.instances)
def d1(f):
    print("applying d1")
    return lambda: "d1(" + f() + ")"
def d2(f):
    print("applying d2")
    return lambda: "d2(" + f() + ")"
@d1
@d2
def base():
    return "base"
print(base())
registry = {}
def register(name=None):
    def deco(fn):
        registry[name or fn.__name__] = fn
        return fn
    return deco
@register()
def alpha(): pass
@register("custom")
def beta(): pass
print(sorted(registry))
@(lambda f: f)
def via_lambda(): return "expression decorator"
print(via_lambda())
class Outer:
    class Inner:
        def method(self):
            def local():
                pass
            return local
    def meth(self):
        return lambda: None
print(Outer.Inner.__qualname__, Outer.Inner.method.__qualname__, Outer.Inner().method().__qualname__)
print(Outer().meth().__qualname__, Outer.meth.__name__, Outer.__module__)
def f(): pass
print(clean(f), clean(Outer.meth), clean(Outer().meth), clean(Outer), clean(Outer.Inner), clean(len), clean([].append))
print(clean(print), clean(Outer().meth()), clean(object()), clean(int.__add__), clean((1).__add__))
print(clean(staticmethod(f)), clean(classmethod(f)), clean(property(f)) .startswith("<property object"))
partial = functools.partial(int, base=2)
print(partial("101"), partial.func, partial.keywords, partial.args)
def kwonly(a, *, b=2): return a + b
print(functools.partial(kwonly, b=10)(1), functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 0))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
f.attr = "custom attribute"
print(f.attr, f.__dict__, f.__module__, f.__defaults__, f.__code__.co_name, f.__globals__ is globals())
print(callable(f), callable(5), callable(Outer), callable(Outer()))
