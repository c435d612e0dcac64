# Operator dispatch through dunder methods, reflected operands and NotImplemented.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return V(self.x * k, self.y * k)
        return NotImplemented
    __rmul__ = __mul__
    def __neg__(self):
        return V(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __lt__(self, o):
        return abs(self) < abs(o)
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __bool__(self):
        return bool(self.x or self.y)
a, b = V(1, 2), V(3, 4)
print(a + b, a * 3, 3 * a, -a, abs(b), a == V(1, 2), a != b, a < b, b > a, a @ b, bool(V(0, 0)))
print(sorted([b, a, V(0, 1)]), max(a, b))
for expr in ["a + 1", "a * 'x'", "1 - a", "a < 1"]:
    try:
        print(eval(expr))
    except TypeError as e:
        print(expr, "->", "TypeError:", e)
class R:
    def __radd__(self, other):
        return f"R.__radd__({other!r})"
    def __rsub__(self, other):
        return f"R.__rsub__({other!r})"
print(1 + R(), "s" + R(), [1] - R() if False else 5 - R(), sum([R()], 10) if False else 0 + R())
class Sub(V):
    def __radd__(self, o):
        return "Sub.__radd__ first"
    def __add__(self, o):
        return "Sub.__add__"
print(V(0, 0) + Sub(1, 1))
