# Abstract-like base classes without abc, NotImplementedError, template method
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")

    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return f"{type(self).__name__} area={self.area():.2f} perim={self.perimeter():.2f}"


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)


class Circle(Shape):
    PI = 3.141592653589793

    def __init__(self, r):
        self.r = r

    def area(self):
        return self.PI * self.r ** 2

    def perimeter(self):
        return 2 * self.PI * self.r


class Blob(Shape):
    pass


shapes = [Rect(2, 3), Square(4), Circle(1.5)]
for s in shapes:
    print(s.describe())
print(sorted(shapes, key=lambda s: s.area())[0].__class__.__name__)
print(sum(s.area() for s in shapes))
try:
    Blob().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    Blob().perimeter()
except NotImplementedError as e:
    print("NotImplementedError:", repr(e), str(e) == "")
print(isinstance(Square(1), Rect), [type(s).__mro__[1].__name__ for s in shapes])
