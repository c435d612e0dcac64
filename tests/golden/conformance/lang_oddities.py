import sys
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
a = A()
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B))
try:
    a.__class__ = int
except TypeError as e:
    print(e)
class Wrapper:
    def __mro_entries__(self, bases):
        return (A,)
class FromWrapper(Wrapper()):
    pass
print(FromWrapper.__bases__, FromWrapper.__orig_bases__[0].__class__.__name__, FromWrapper().who())
class EvenMeta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub):
        return sub is bool
class Even(metaclass=EvenMeta):
    pass
print(isinstance(4, Even), isinstance(3, Even), issubclass(bool, Even), issubclass(int, Even), isinstance(4, (str, Even)))
class MetaGet(type):
    def __getitem__(cls, item):
        return f"meta[{item}]"
class Gen(metaclass=MetaGet):
    def __class_getitem__(cls, item):
        return f"cgi[{item}]"
print(Gen[1])
class Base:
    def __new__(cls, kind):
        if kind == "sub":
            return super().__new__(Sub)
        return super().__new__(cls)
    def __init__(self, kind):
        print("init", type(self).__name__, kind)
class Sub(Base):
    pass
print(type(Base("sub")).__name__, type(Base("base")).__name__)
try:
    raise ValueError("x")
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print(e)
def frames():
    return sys._getframe().f_code.co_name, sys._getframe(1).f_code.co_name
def caller():
    return frames()
print(caller())
def gen():
    local_var = 42
    yield sys._getframe().f_locals["local_var"]
print(next(gen()))
g = gen()
next(g)
print(g.gi_frame.f_locals)
lst = list(range(10))
del lst[::2]
print(lst)
try:
    lst[::2] = [1, 2]
except ValueError as e:
    print(e)
lst[1:3] = "abc"
print(lst)
try:
    del lst[::0]
except ValueError as e:
    print(e)
s = slice(1, 10, 2)
print(s.indices(5), s.start, s.stop, s.step, list(range(10))[s], "abcdefghij"[s], repr(s))
print(vars(A) is not None, "who" in vars(A), sorted(k for k in vars(a)) == [])
globals()["dyn"] = "dynamic global"
print(dyn)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.count = Counter.count * 10
c1, c2 = Counter(), Counter()
print(Counter.count, c1.count, c2.count)
del c1.count
print(c1.count)
class Attrs:
    x = 1
obj = Attrs()
obj.x += 1
print(Attrs.x, obj.x)
print(type(None)(), type(...)(), type(NotImplemented).__name__, bool(NotImplemented) if False else "")
print(int.__name__, int.__qualname__, int.__module__, len.__module__, type(len).__name__, str.upper.__qualname__)
print(A.__dict__["who"].__qualname__, type(A.__dict__).__name__, A.__doc__, Attrs.__name__)
try:
    A.__dict__["new"] = 1
except TypeError as e:
    print(e)
x = 10
def f():
    print(x)
f()
print(sys.getrecursionlimit() >= 1000, isinstance(sys.maxsize, int), sys.version_info[:2], sys.version_info.major)
print(__name__, __file__.endswith("lang_oddities.py"), __builtins__.__name__ if hasattr(__builtins__, "__name__") else "dict", __doc__)
print(isinstance(True, int), issubclass(bool, int), True == 1, type(True + 1).__name__)
