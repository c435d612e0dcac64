# numbers: the ABC tower, registrations, mixin methods, abstract enforcement
import numbers
from numbers import Number, Complex, Real, Rational, Integral
from fractions import Fraction

values = [True, 7, 2.5, 3j, Fraction(1, 3), "x", None, [1]]
for v in values:
    print(repr(v), [isinstance(v, cls) for cls in (Number, Complex, Real, Rational, Integral)])
for t in (bool, int, float, complex, Fraction, str):
    print(t.__name__, [issubclass(t, cls) for cls in (Number, Complex, Real, Rational, Integral)])
print(Number.__hash__, Complex.__mro__[1:], Integral.__bases__)
for cls in (Complex, Real, Rational, Integral):
    print(cls.__name__, sorted(cls.__abstractmethods__))
try:
    Real()
except TypeError as e:
    print("TypeError:", e)


class MyInt(Integral):
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return self.v

    def __repr__(self):
        return "MyInt(%d)" % self.v

    def __add__(self, o): return MyInt(self.v + int(o))
    def __radd__(self, o): return MyInt(int(o) + self.v)
    def __neg__(self): return MyInt(-self.v)
    def __pos__(self): return self
    def __mul__(self, o): return MyInt(self.v * int(o))
    def __rmul__(self, o): return MyInt(int(o) * self.v)
    def __truediv__(self, o): return self.v / int(o)
    def __rtruediv__(self, o): return int(o) / self.v
    def __pow__(self, e, m=None): return MyInt(pow(self.v, int(e), m))
    def __rpow__(self, b): return MyInt(int(b) ** self.v)
    def __abs__(self): return MyInt(abs(self.v))
    def __eq__(self, o): return self.v == int(o)
    def __hash__(self): return hash(self.v)
    def __trunc__(self): return self
    def __floor__(self): return self
    def __ceil__(self): return self
    def __round__(self, n=None): return self
    def __floordiv__(self, o): return MyInt(self.v // int(o))
    def __rfloordiv__(self, o): return MyInt(int(o) // self.v)
    def __mod__(self, o): return MyInt(self.v % int(o))
    def __rmod__(self, o): return MyInt(int(o) % self.v)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def __lshift__(self, o): return MyInt(self.v << int(o))
    def __rlshift__(self, o): return MyInt(int(o) << self.v)
    def __rshift__(self, o): return MyInt(self.v >> int(o))
    def __rrshift__(self, o): return MyInt(int(o) >> self.v)
    def __and__(self, o): return MyInt(self.v & int(o))
    def __rand__(self, o): return MyInt(int(o) & self.v)
    def __xor__(self, o): return MyInt(self.v ^ int(o))
    def __rxor__(self, o): return MyInt(int(o) ^ self.v)
    def __or__(self, o): return MyInt(self.v | int(o))
    def __ror__(self, o): return MyInt(int(o) | self.v)
    def __invert__(self): return MyInt(~self.v)


m = MyInt(6)
print(m, m.numerator, m.denominator, m.real, m.imag, m.conjugate(), float(m), complex(m), m.__index__(), bool(m), bool(MyInt(0)))
print(m - 2, 10 - m, divmod(m, 4), divmod(20, m), [0, 1, 2, 3, 4, 5, 6, 7][m], Fraction(m, 4), Fraction(m))


class Partial(Real):
    def __float__(self):
        return 1.0


try:
    Partial()
except TypeError as e:
    print("TypeError:", e)


class Half(Rational):
    numerator = 1
    denominator = 2


print(sorted(Half.__abstractmethods__)[:5], Rational.__float__(Half.__new__(Half)) if False else "")


@Real.register
class Virtual:
    pass


print(issubclass(Virtual, Complex), issubclass(Virtual, Rational), isinstance(Virtual(), Number))
