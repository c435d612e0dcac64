from abc import ABC, abstractmethod
import math
class Shape(ABC):
    registry = {}
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Shape.registry[cls.__name__.lower()] = cls
    @abstractmethod
    def area(self): ...
    def perimeter(self):
        raise NotImplementedError(f"{type(self).__name__} has no perimeter")
    def __lt__(self, other):
        return self.area() < other.area()
    def __eq__(self, other):
        return type(self) is type(other) and self.area() == other.area()
    def __hash__(self):
        return hash((type(self).__name__, round(self.area(), 9)))
    def __repr__(self):
        args = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({args})"
    @classmethod
    def create(cls, kind, *args):
        try:
            return cls.registry[kind](*args)
        except KeyError:
            raise ValueError(f"unknown shape {kind!r}") from None
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
class Blob(Shape):
    def area(self):
        return 1.0
shapes = [Shape.create("circle", 1), Shape.create("rect", 2, 3), Shape.create("square", 2), Blob()]
for s in sorted(shapes):
    try:
        p = f"{s.perimeter():.3f}"
    except NotImplementedError as e:
        p = str(e)
    print(f"{s!r:<25} area={s.area():8.3f} perimeter={p}")
print(sorted(Shape.registry), Square(2) == Rect(2, 2), Square(2) == Square(2), len({Square(2), Square(2), Rect(2, 2)}))
try:
    Shape.create("hexagon")
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__)
try:
    Shape()
except TypeError as e:
    print(e)
print(isinstance(Square(1), Rect), issubclass(Square, Shape), Square.__mro__[1].__name__, Square(3).perimeter())
