# isinstance, issubclass, type(), identity checks with is, callable, hasattr/getattr/setattr.
values = [1, 1.0, "s", b"b", [], (), {}, set(), None, True, 1j, range(1), len, int]
for v in values:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (list, tuple)), isinstance(v, object), callable(v))
print(type(1) is int, type(True) is bool, type(True) is int, type(type) is type, type(int), type(None))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(type, object), issubclass(object, type))
class A:
    pass
class B(A):
    pass
b = B()
print(isinstance(b, A), isinstance(b, B), type(b) is A, type(b).__name__, B.__bases__, A.__subclasses__())
try:
    isinstance(1, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
x = [1, 2]
y = x
z = list(x)
print(x is y, x is z, x == z, id(x) == id(y), id(x) == id(z))
setattr(b, "field", 10)
print(getattr(b, "field"), getattr(b, "nope", "default"), hasattr(b, "field"), hasattr(b, "nope"))
delattr(b, "field")
print(hasattr(b, "field"), vars(b), dir(A()) == dir(A), "__init__" in dir(b))
try:
    getattr(b, "nope")
except AttributeError as e:
    print("AttributeError:", e)
T = type("T", (A,), {"x": 5, "hello": lambda self: "hi"})
print(T.__name__, T().x, T().hello(), isinstance(T(), A), T.__mro__)
