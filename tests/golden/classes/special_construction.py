# __new__, __init_subclass__, __class_getitem__-free generics, class decorators, __set_name__.
class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            print("creating instance")
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        self.value = value
s1 = Singleton(1)
s2 = Singleton(2)
print(s1 is s2, s1.value)
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append(name or cls.__name__)
class First(Plugin):
    pass
class Second(Plugin, name="second-plugin"):
    pass
print(Plugin.registry)
def add_greeting(cls):
    cls.greet = lambda self: f"hello from {type(self).__name__}"
    return cls
@add_greeting
class Greeter:
    pass
print(Greeter().greet())
class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value.upper())
class Record:
    title = Field()
r = Record()
print(r.title)
r.title = "shout"
print(r.title, r.__dict__, type(Record.title).__name__)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(3, 4)
print(p, p.x, len(p), isinstance(p, tuple))
class MyList(list):
    def append(self, x):
        super().append(x * 2)
ml = MyList([1])
ml.append(5)
print(ml, type(ml).__name__, ml + [0], type(ml + [0]).__name__)
class MyDict(dict):
    def __missing__(self, key):
        return key * 2
print(MyDict(a=1)["a"], MyDict()["zz"])
