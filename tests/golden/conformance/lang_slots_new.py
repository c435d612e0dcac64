class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), P.__slots__, type(P.x).__name__)
try:
    p.z = 3
except AttributeError as e:
    print(e)
del p.x
try:
    p.x
except AttributeError as e:
    print(e)
class Q(P):
    pass
q = Q(1, 2)
q.z = 3
print(q.z, sorted(q.__dict__))
class R(P):
    __slots__ = ("w",)
r = R(1, 2)
r.w = 0
try:
    r.v = 1
except AttributeError as e:
    print(e)
try:
    class Bad:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print(e)
class WithDict:
    __slots__ = ("a", "__dict__")
wd = WithDict()
wd.a = 1
wd.b = 2
print(wd.a, wd.b, wd.__dict__)
class Single:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            print("creating")
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, v):
        print("init", v)
        self.v = v
s1 = Single(1)
s2 = Single(2)
print(s1 is s2, s1.v)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(Other())
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(e)
class NewArgs:
    def __init__(self, a):
        self.a = a
try:
    object.__new__(NewArgs, 1) and print("object.__new__ accepted extra arg when __init__ overridden")
except TypeError as e:
    print(e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(e)
class OnlyNew:
    def __new__(cls, a):
        return super().__new__(cls)
try:
    OnlyNew(1, 2)
except TypeError as e:
    print(e)
print(type(OnlyNew(1)).__name__)
import abc
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @abc.abstractmethod
    def perimeter(self): ...
try:
    Shape()
except TypeError as e:
    print(e)
class Sq(Shape):
    def area(self): return 1
try:
    Sq()
except TypeError as e:
    print(e)
class Full(Sq):
    def perimeter(self): return 4
print(Full().area(), Full().perimeter(), Shape.__abstractmethods__ == {"area", "perimeter"})
class Immutable(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def __init__(self, a, b):
        pass
print(Immutable(1, 2))
class Frozen:
    def __setattr__(self, k, v):
        raise AttributeError(f"cannot set {k!r}")
try:
    Frozen().x = 1
except AttributeError as e:
    print(e)
class IntLike(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(IntLike(5), IntLike(5) + 1)
