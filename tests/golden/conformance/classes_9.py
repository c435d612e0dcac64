# Metaclasses: registry, __new__/__init__/__call__, class creation hooks
class Registry(type):
    classes = {}

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            Registry.classes[name.lower()] = cls
        return cls

    def __call__(cls, *args, **kwargs):
        print(f"creating {cls.__name__} with {args} {kwargs}")
        return super().__call__(*args, **kwargs)


class Plugin(metaclass=Registry):
    def __init__(self, x=0):
        self.x = x


class Alpha(Plugin):
    pass


class Beta(Plugin):
    def __init__(self, x, y=1):
        super().__init__(x)
        self.y = y


print(sorted(Registry.classes))
b = Registry.classes["beta"](1, y=2)
print(b.x, b.y, type(b).__name__, type(Beta).__name__, type(Plugin) is Registry)
print(isinstance(Alpha, Registry), isinstance(Alpha(), Plugin))


class Singleton(type):
    _inst = {}

    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]


class DB(metaclass=Singleton):
    def __init__(self, url):
        self.url = url


d1, d2 = DB("a"), DB("b")
print(d1 is d2, d2.url)


class Base:
    subclasses = []

    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.subclasses.append(cls.__name__)


class X(Base, tag="x"):
    pass


class Y(X):
    pass


print(Base.subclasses, X.tag, Y.tag)
Dyn = type("Dyn", (Base,), {"val": 3, "get": lambda self: self.val * 2})
print(Dyn().get(), Dyn.__name__, Dyn.__bases__, Base.subclasses)
try:
    class Bad(Base, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
print(type(type), type(int), type(3).__name__)
