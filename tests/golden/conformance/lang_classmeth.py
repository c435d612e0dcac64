class Shape:
    count = 0
    registry = []
    def __init__(self, name):
        self.name = name
        type(self).count += 1
    @classmethod
    def create(cls, *args):
        obj = cls(*args)
        Shape.registry.append(cls.__name__)
        return obj
    @classmethod
    def describe(cls):
        return f"{cls.__name__} count={cls.count}"
    @staticmethod
    def area_of(w, h):
        return w * h

class Square(Shape):
    pass
class Circle(Shape):
    count = 100

a = Square.create("a")
b = Circle.create("b")
c = Square.create("c")
print(Shape.describe(), Square.describe(), Circle.describe())
print(Shape.registry)
print(a.describe(), Square.area_of(2, 3), a.area_of(4, 5))
print(type(Shape.__dict__["create"]).__name__, type(Shape.__dict__["area_of"]).__name__)
cm = Shape.__dict__["create"]
print(cm.__func__.__name__, callable(cm))
print(Shape.create.__self__ is Shape, Square.create.__self__ is Square)
class M:
    @classmethod
    @property
    def cp(cls):
        return cls.__name__ + "!"
print(M.cp)
sm = staticmethod(len)
print(sm.__func__ is len, sm("abc"))
class W:
    f = staticmethod(lambda x: x + 1)
print(W.f(1), W().f(2))
