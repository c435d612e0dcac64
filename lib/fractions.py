"""Fraction, infinite-precision rational numbers.

Coil's fractions module, written for Coil with CPython 3.11's behaviour.
A Fraction keeps _numerator and _denominator as ints in lowest terms with
a positive denominator.  Every operation builds its result already reduced
(cross-cancelling with gcd before multiplying), so it can skip the
normalising gcd of the constructor (_normalize=False); the error text of a
division by zero, "Fraction(n, 0)", shows the reduced numerator this
produces, as CPython's does.

Mixed arithmetic: with int or another Rational the result is a Fraction;
with float or complex the Fraction is converted and the float/complex
operation used.  Hashing follows Python's numeric hash, so equal numbers of
different types hash alike.  Decimal instances are accepted when the
decimal module has been imported (a Decimal can only exist then).
"""

import math
import numbers
import operator
import sys

__all__ = ["Fraction"]

_PyHASH_MODULUS = sys.hash_info.modulus
_PyHASH_INF = sys.hash_info.inf


def _decimal_class():
    module = sys.modules.get("decimal")
    return getattr(module, "Decimal", None) if module is not None else None


def _is_decimal(value):
    cls = _decimal_class()
    return cls is not None and isinstance(value, cls)


def _digits(text, pos, allow_underscores=True):
    """Scan \\d+(_\\d+)* at pos; return the end (pos itself if none)."""
    end = pos
    n = len(text)
    while end < n and "0" <= text[end] <= "9":
        end += 1
    if end == pos:
        return pos
    while allow_underscores and end + 1 < n and text[end] == "_" and "0" <= text[end + 1] <= "9":
        end += 1
        while end < n and "0" <= text[end] <= "9":
            end += 1
    return end


def _parse_rational(text):
    """Parse the string forms Fraction accepts: optional sign, then
    'n', 'n/d' or a decimal 'i.f' with an
    optional exponent; surrounding whitespace allowed.  Returns
    (numerator, denominator) or None when the text is not valid."""
    n = len(text)
    pos = 0
    while pos < n and text[pos].isspace():
        pos += 1
    negative = False
    if pos < n and text[pos] in "+-":
        negative = text[pos] == "-"
        pos += 1
    # A digit, or '.' and a digit, must follow.
    if not (pos < n and ("0" <= text[pos] <= "9"
                         or (text[pos] == "." and pos + 1 < n and "0" <= text[pos + 1] <= "9"))):
        return None
    end = _digits(text, pos)
    numerator = int(text[pos:end]) if end > pos else 0
    denominator = 1
    pos = end
    # Form n/d (no spaces around the slash).
    if pos < n and text[pos] == "/":
        probe = pos + 1
        end = _digits(text, probe)
        if end == probe:
            return None
        denominator = int(text[probe:end])
        pos = end
    else:
        # Form i.f with an optional exponent.
        if pos < n and text[pos] == ".":
            pos += 1
            end = _digits(text, pos)
            fraction = text[pos:end].replace("_", "")
            if fraction:
                scale = 10 ** len(fraction)
                numerator = numerator * scale + int(fraction)
                denominator *= scale
            pos = end
        if pos < n and text[pos] in "eE":
            start = pos + 1
            if start < n and text[start] in "+-":
                start += 1
            end = _digits(text, start)
            if end == start:
                return None
            exponent = int(text[pos + 1:end])
            if exponent >= 0:
                numerator *= 10 ** exponent
            else:
                denominator *= 10 ** -exponent
            pos = end
    while pos < n and text[pos].isspace():
        pos += 1
    if pos != n:
        return None
    if negative:
        numerator = -numerator
    return numerator, denominator


def _sum_reduced(na, da, nb, db):
    """na/da + nb/db as a Fraction, both operands in lowest terms.

    With g = gcd(da, db) the sum is t / (da/g * db) where t = na*(db/g) +
    nb*(da/g); a common factor of t and that denominator can only divide
    g, so one more gcd with g reduces it."""
    g = math.gcd(da, db)
    if g == 1:
        return Fraction(na * db + nb * da, da * db, _normalize=False)
    da_part = da // g
    t = na * (db // g) + nb * da_part
    shared = math.gcd(t, g)
    return Fraction(t // shared, da_part * (db // shared), _normalize=False)


def _product_reduced(na, da, nb, db):
    """(na/da) * (nb/db) as a Fraction, both operands in lowest terms and
    da, db > 0: only cross factors (na with db, nb with da) can cancel."""
    g1 = math.gcd(na, db)
    g2 = math.gcd(nb, da)
    if g1 > 1:
        na //= g1
        db //= g1
    if g2 > 1:
        nb //= g2
        da //= g2
    return Fraction(na * nb, da * db, _normalize=False)


class Fraction(numbers.Rational):
    """This class implements rational numbers.

    Fraction(3, 4), Fraction(0.25), Fraction('3/4'), Fraction('-1.5e3'),
    Fraction(other_rational) all give a Fraction in lowest terms.
    """

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float) or _is_decimal(numerator):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse_rational(numerator)
                if parsed is None:
                    raise ValueError("Invalid literal for Fraction: %r" % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int is type(denominator):
            pass
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")

        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """Converts a finite float to a rational number, exactly."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """Converts a finite Decimal instance to a rational number, exactly."""
        from decimal import Decimal
        if isinstance(dec, numbers.Integral):
            dec = Decimal(int(dec))
        elif not isinstance(dec, Decimal):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """Return the pair (numerator, denominator), denominator > 0."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction expansion, keeping the last two
        # convergents p0/q0 and p1/q1, until the next denominator is too big.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        # The best approximation is either the last convergent or the
        # largest semiconvergent that still fits.
        k = (max_denominator - q0) // q1
        semi = Fraction(p0 + k * p1, q0 + k * q1)
        convergent = Fraction(p1, q1)
        if abs(convergent - self) <= abs(semi - self):
            return convergent
        return semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return "%s(%s, %s)" % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    # --- arithmetic ----------------------------------------------------------

    def _operator_fallbacks(exact, inexact):
        """Build the forward and reflected methods of a binary operator:
        `exact` works on two Fractions, `inexact` is the float/complex
        operator used when the other operand is one of those."""

        def forward(a, b):
            if isinstance(b, Fraction):
                return exact(a, b)
            if isinstance(b, int):
                return exact(a, Fraction(b))
            if isinstance(b, float):
                return inexact(float(a), b)
            if isinstance(b, complex):
                return inexact(complex(a), b)
            return NotImplemented

        forward.__name__ = "__" + inexact.__name__ + "__"
        forward.__doc__ = exact.__doc__

        def reverse(b, a):
            if isinstance(a, numbers.Rational):
                return exact(Fraction(a), b)
            if isinstance(a, numbers.Real):
                return inexact(float(a), float(b))
            if isinstance(a, numbers.Complex):
                return inexact(complex(a), complex(b))
            return NotImplemented

        reverse.__name__ = "__r" + inexact.__name__ + "__"
        reverse.__doc__ = exact.__doc__
        return forward, reverse

    def _add(a, b):
        """a + b"""
        return _sum_reduced(a._numerator, a._denominator, b._numerator, b._denominator)

    __add__, __radd__ = _operator_fallbacks(_add, operator.add)

    def _sub(a, b):
        """a - b"""
        return _sum_reduced(a._numerator, a._denominator, -b._numerator, b._denominator)

    __sub__, __rsub__ = _operator_fallbacks(_sub, operator.sub)

    def _mul(a, b):
        """a * b"""
        return _product_reduced(a._numerator, a._denominator, b._numerator, b._denominator)

    __mul__, __rmul__ = _operator_fallbacks(_mul, operator.mul)

    def _div(a, b):
        """a / b"""
        if not b._numerator:
            # Reported with a's numerator reduced to its sign.
            sign = (a._numerator > 0) - (a._numerator < 0)
            raise ZeroDivisionError("Fraction(%s, 0)" % sign)
        nb, db = b._numerator, b._denominator
        if nb < 0:
            nb, db = -nb, -db
        return _product_reduced(a._numerator, a._denominator, db, nb)

    __truediv__, __rtruediv__ = _operator_fallbacks(_div, operator.truediv)

    def _floordiv(a, b):
        """a // b"""
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    __floordiv__, __rfloordiv__ = _operator_fallbacks(_floordiv, operator.floordiv)

    def _divmod(a, b):
        """(a // b, a % b)"""
        da, db = a.denominator, b.denominator
        quotient, rest = divmod(a.numerator * db, da * b.numerator)
        return quotient, Fraction(rest, da * db)

    __divmod__, __rdivmod__ = _operator_fallbacks(_divmod, divmod)

    def _mod(a, b):
        """a % b"""
        da, db = a.denominator, b.denominator
        return Fraction((a.numerator * db) % (b.numerator * da), da * db)

    __mod__, __rmod__ = _operator_fallbacks(_mod, operator.mod)

    def __pow__(a, b):
        """a ** b: exact for integral exponents, float otherwise."""
        if isinstance(b, numbers.Rational):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction(a._numerator ** power, a._denominator ** power,
                                    _normalize=False)
                if a._numerator >= 0:
                    return Fraction(a._denominator ** -power, a._numerator ** -power,
                                    _normalize=False)
                return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power,
                                _normalize=False)
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(b, a):
        """a ** b"""
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        """+a: Coerces a subclass instance to Fraction"""
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        """-a"""
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        """abs(a)"""
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a, _index=operator.index):
        """int(a)"""
        if a._numerator < 0:
            return _index(-(-a._numerator // a._denominator))
        return _index(a._numerator // a._denominator)

    def __trunc__(a):
        """math.trunc(a)"""
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        """math.floor(a)"""
        return a._numerator // a._denominator

    def __ceil__(a):
        """math.ceil(a)"""
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(self, ndigits): halves go to the even neighbour."""
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            twice = remainder * 2
            if twice < self._denominator:
                return floor
            if twice > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        """Python's numeric hash: equal to hash() of an equal int or float."""
        try:
            inverse = pow(self._denominator, -1, _PyHASH_MODULUS)
        except ValueError:
            # The denominator is a multiple of the modulus.
            result = _PyHASH_INF
        else:
            result = hash(hash(abs(self._numerator)) * inverse)
        if self._numerator < 0:
            result = -result
        return -2 if result == -1 else result

    def __eq__(a, b):
        """a == b"""
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        """a < b"""
        return a._richcmp(b, operator.lt)

    def __gt__(a, b):
        """a > b"""
        return a._richcmp(b, operator.gt)

    def __le__(a, b):
        """a <= b"""
        return a._richcmp(b, operator.le)

    def __ge__(a, b):
        """a >= b"""
        return a._richcmp(b, operator.ge)

    def __bool__(a):
        """a != 0"""
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)
