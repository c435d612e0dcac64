# Descriptors: data and non-data, __set_name__
class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
        print(f"set_name {owner.__name__}.{name}")

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.private, value)


class Lazy:
    def __init__(self, func):
        self.func = func

    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.func.__name__] = value
        print("computed", self.func.__name__)
        return value


class Person:
    name = Typed(str)
    age = Typed(int)

    def __init__(self, name, age):
        self.name = name
        self.age = age

    @Lazy
    def greeting(self):
        return f"Hello, {self.name}"


p = Person("Ann", 30)
print(p.name, p.age)
print(p.greeting)
print(p.greeting)
print(sorted(p.__dict__))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
try:
    Person(5, 5)
except TypeError as e:
    print("TypeError:", e)
print(type(Person.name).__name__, Person.name.name, Person.age.private)
print(isinstance(Person.__dict__["greeting"], Lazy))


class Const:
    def __get__(self, obj, cls):
        return 99


class Holder:
    x = Const()


h = Holder()
print(h.x, Holder.x)
h.__dict__["x"] = 1
print(h.x)
h.x = 5
print(h.x, Holder.x)
