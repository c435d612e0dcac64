# Arithmetic dunders including reflected and in-place operators
class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __bool__(self):
        return bool(self.x or self.y)

    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)


a, b = Vec(3, 4), Vec(1, 2)
print(a + b, a - b, a * 2, 3 * a, a * b)
print(a / 2, a // 2, -a, +a, abs(a))
print(bool(Vec(0, 0)), bool(a), not Vec(0, 0))
c = a
c += b
print(a, c, a is c)
print(a == Vec(4, 6), a != Vec(4, 6))
for expr in ["a + 1", "1 + a", "a * 'x'", "a @ b", "a ** 2", "a % 2"]:
    try:
        print(eval(expr))
    except TypeError as e:
        print("TypeError:", e)
try:
    a.z = 5
except AttributeError as e:
    print("AttributeError:", e)
print(Vec.__slots__, hasattr(a, "__dict__"))
try:
    a / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0)))
try:
    sum([Vec(1, 1)])
except TypeError as e:
    print("TypeError:", e)
