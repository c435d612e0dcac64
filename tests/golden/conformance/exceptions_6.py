# Exception in __init__, partially built objects, and cleanup order
class Resource:
    opened = []

    def __init__(self, name, fail_at=None):
        self.name = name
        Resource.opened.append(name)
        if fail_at == "init":
            raise ValueError(f"init failed for {name}")
        self.ready = True

    def __del__(self):
        pass


try:
    r = Resource("a", fail_at="init")
except ValueError as e:
    print("ValueError:", e)
print(Resource.opened)
try:
    print(r)
except NameError as e:
    print("NameError:", e)


class Strict:
    def __new__(cls, value):
        if value < 0:
            raise ValueError("negative in __new__")
        inst = super().__new__(cls)
        print("__new__ ok", value)
        return inst

    def __init__(self, value):
        print("__init__", value)
        self.value = value


s = Strict(5)
print(s.value)
try:
    Strict(-1)
except ValueError as e:
    print("ValueError:", e)


class ReturnsOther:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never called")


print(ReturnsOther())


class BadInit:
    def __init__(self):
        return 5


try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)


class Parent:
    def __init__(self, a):
        self.a = a


class Kid(Parent):
    def __init__(self, a, b):
        self.b = b
        super().__init__()


try:
    Kid(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(5)
except TypeError as e:
    print("TypeError:", e)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
