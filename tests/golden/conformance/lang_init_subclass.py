class Base:
    subclasses = []
    def __init_subclass__(cls, /, prefix="", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.prefix = prefix
        Base.subclasses.append(cls.__name__)
        print("init_subclass", cls.__name__, prefix)

class A(Base, prefix="a_"):
    pass
class B(A):
    pass
print(A.prefix, B.prefix, Base.subclasses)
try:
    class C(Base, unknown=1):
        pass
except TypeError as e:
    print("TypeError", e)
class Plain:
    pass
try:
    class D(Plain, x=1):
        pass
except TypeError as e:
    print("TypeError", e)

class G:
    def __class_getitem__(cls, item):
        return f"G[{item!r}]"
print(G[int], G[1, 2], G["x"])
try:
    Plain[int]
except TypeError as e:
    print(e)
print(list[int], dict[str, int], tuple[int, ...])
print(type(list[int]).__name__, list[int].__origin__, list[int].__args__)

class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset:" + self.name)
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value

class Model:
    first = Field()
    second = Field()
m = Model()
m.first = 1
print(m.first, m.second, Model.first.name)

class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("nope")
try:
    class Owner:
        attr = Bad()
except Exception as e:
    print(type(e).__name__, e, repr(e.__cause__) if e.__cause__ else "")
