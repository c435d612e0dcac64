# isinstance / getattr / setattr / hasattr / delattr / vars / dir / type / callable / id-free introspection
class Box:
    kind = "box"

    def __init__(self, v):
        self.v = v

    def double(self):
        return self.v * 2


b = Box(4)
print(isinstance(b, Box), isinstance(b, object), isinstance(4, (str, int)), isinstance(True, int))
print(isinstance([], (tuple, (dict, list))), issubclass(bool, int), issubclass(int, (str, object)))
try:
    isinstance(b, "Box")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(b, Box)
except TypeError as e:
    print("TypeError:", e)
print(getattr(b, "v"), getattr(b, "kind"), getattr(b, "double")(), getattr(b, "nope", None))
setattr(b, "w", 10)
print(b.w, hasattr(b, "w"), vars(b))
delattr(b, "w")
print(hasattr(b, "w"), vars(b))
try:
    getattr(b, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(b, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    delattr(b, "missing")
except AttributeError as e:
    print("AttributeError:", e)
print([n for n in dir(b) if not n.startswith("__")])
print("double" in dir(Box), "v" in dir(Box))
print(type(b).__name__, type(Box).__name__, type(None).__name__, type(print).__name__, type(len).__name__)
print(type(b.double).__name__, type(Box.double).__name__, type(lambda: 0).__name__)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(object(), "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
print(callable(print), callable(b.double), callable(Box), callable(b), callable(None))
print(len(dir(5)) > 50, "__add__" in dir(int), hasattr(str, "join"), hasattr([], "nope"))
print(type(5) is int, type(5.0), type("s"), type([]), type(()), type({}), type(set()), type(range(1)))
print(int.__name__, str.__qualname__, Box.double.__qualname__, Box.__module__, len.__name__)
print(getattr(Box, "kind"), getattr(str, "upper")("x"), getattr([1, 2], "__len__")())
