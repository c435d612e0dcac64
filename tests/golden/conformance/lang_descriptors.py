class Verbose:
    def __init__(self, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        print("get", self.name, obj is None, objtype.__name__)
        return self if obj is None else obj.__dict__.get(self.name, 0)
    def __set__(self, obj, v):
        print("set", self.name, v)
        obj.__dict__[self.name] = v
    def __delete__(self, obj):
        print("delete", self.name)
        obj.__dict__.pop(self.name, None)

class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"

class C:
    d = Verbose("d")
    nd = NonData()

c = C()
c.d = 5
print(c.d)
del c.d
print(c.d)
C.d
print(c.nd)
c.__dict__["nd"] = "instance wins"
print(c.nd)
c.__dict__["d"] = 77
print(c.d)

class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.private = "_" + name
    def __get__(self, obj, t=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("Ann", 30)
print(p.name, p.age, sorted(vars(p)))
try:
    p.age = "old"
except TypeError as e:
    print(e)

class OnlyGet:
    def __get__(self, o, t):
        return 1
class OnlySet:
    def __set__(self, o, v):
        print("OnlySet.set", v)
class H:
    g = OnlyGet()
    s = OnlySet()
h = H()
h.g = 5
print(h.g)
h.s = 3
print(type(h.s).__name__)
try:
    del h.s
except AttributeError as e:
    print("AttributeError", e)

def plain(self):
    return "plain"
bound = plain.__get__(h, H)
print(bound(), type(bound).__name__, bound.__self__ is h, bound.__func__ is plain)
class Meth:
    def m(self): return 1
print(Meth.m.__get__(None, Meth) is Meth.m)
print(Meth().m == Meth().m, Meth.__dict__["m"].__get__(None, Meth).__name__)
