# A hand-written Fraction class with full operator support
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Fraction:
    __slots__ = ("num", "den")

    def __init__(self, num=0, den=1):
        if den == 0:
            raise ZeroDivisionError(f"Fraction({num}, 0)")
        if isinstance(num, str):
            n, _, d = num.partition("/")
            num, den = int(n), int(d or 1)
        g = gcd(num, den) or 1
        sign = -1 if den < 0 else 1
        self.num, self.den = sign * num // g, sign * den // g

    @classmethod
    def _coerce(cls, x):
        if isinstance(x, Fraction):
            return x
        if isinstance(x, int):
            return cls(x)
        return NotImplemented

    def __add__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Fraction(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __sub__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Fraction(self.num * o.den - o.num * self.den, self.den * o.den)

    def __rsub__(self, o):
        return Fraction._coerce(o) - self

    def __mul__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Fraction(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = self._coerce(o)
        return Fraction(self.num * o.den, self.den * o.num)

    def __pow__(self, n):
        if n < 0:
            return Fraction(self.den ** -n, self.num ** -n)
        return Fraction(self.num ** n, self.den ** n)

    def __neg__(self):
        return Fraction(-self.num, self.den)

    def __eq__(self, o):
        o = self._coerce(o)
        return o is not NotImplemented and (self.num, self.den) == (o.num, o.den)

    def __lt__(self, o):
        o = self._coerce(o)
        return self.num * o.den < o.num * self.den

    def __hash__(self):
        return hash((self.num, self.den))

    def __float__(self):
        return self.num / self.den

    def __repr__(self):
        return f"Fraction({self.num}, {self.den})"

    def __str__(self):
        return f"{self.num}/{self.den}" if self.den != 1 else str(self.num)


a, b = Fraction(1, 3), Fraction("3/4")
print(a, b, repr(a), a + b, a - b, a * b, a / b, -a, a ** 3, b ** -2)
print(a + 1, 1 + a, 2 - a, 3 * b, a == Fraction(2, 6), a == 1, a < b, sorted([b, a, Fraction(-1, 2)]))
print(float(a), f"{float(b):.3f}", Fraction(6, -4), Fraction(0, 5), len({a, Fraction(1, 3), b}))
h = sum(Fraction(1, n) for n in range(1, 11))
print("H10 =", h, float(h))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    a + 0.5
except TypeError as e:
    print("TypeError:", e)
try:
    a / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(max(Fraction(7, 8), Fraction(5, 6), Fraction(9, 10)), min([Fraction(1, 2), Fraction(1, 3)]))
