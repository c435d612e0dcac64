"""Basic statistics: averages, spread, relations, and NormalDist.

Coil's statistics module, written for Coil with CPython 3.11's results.
The exact functions (mean, variance, stdev and their population forms,
harmonic_mean) convert every value to an exact integer ratio and sum
those as Fractions, grouped by denominator, so the answer is computed
exactly and rounded once when converted back to the data's type (chosen
by _coerce from the types seen; int data with a non-integral result gives
float).  stdev/pstdev take a correctly rounded square root of the exact
variance (round-to-odd integer square root, then one float division).
The float-only functions (fmean, geometric_mean, covariance, correlation,
linear_regression) use math.fsum.

Decimal data is supported when the decimal module is loaded (a Decimal can
only exist then); this module never imports decimal on its own.
"""

import math
import numbers
import sys
from fractions import Fraction, _decimal_class
from itertools import repeat
from bisect import bisect_left, bisect_right
from math import hypot, sqrt, fabs, exp, erf, tau, log, fsum
from functools import reduce
from operator import mul
from collections import Counter, namedtuple

__all__ = [
    "NormalDist", "StatisticsError", "correlation", "covariance", "fmean",
    "geometric_mean", "harmonic_mean", "linear_regression", "mean", "median",
    "median_grouped", "median_high", "median_low", "mode", "multimode",
    "pstdev", "pvariance", "quantiles", "stdev", "variance",
]


class StatisticsError(ValueError):
    pass


def _is_decimal_type(T):
    cls = _decimal_class()
    return cls is not None and issubclass(T, cls)


# --- exact summation -------------------------------------------------------

def _exact_ratio(x):
    """x as (numerator, denominator); (x, None) for an infinity or NaN."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__)


def _coerce(T, S):
    """The type of a result mixing types T and S (T is never bool)."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _sum(data):
    """(type, exact total, count) of the values of data.

    The total is a Fraction, or an infinity/NaN when one was present."""
    count = 0
    seen_types = []
    by_denominator = {}
    last_type = None
    for x in data:
        t = type(x)
        if t is not last_type:
            last_type = t
            if t not in seen_types:
                seen_types.append(t)
        n, d = _exact_ratio(x)
        count += 1
        by_denominator[d] = by_denominator.get(d, 0) + n
    if None in by_denominator:
        total = by_denominator[None]
    else:
        total = sum(Fraction(n, d) for d, n in by_denominator.items())
    T = reduce(_coerce, seen_types, int)
    return (T, total, count)


def _ss(data, c=None):
    """(type, sum of squared deviations, mean, count), exactly.

    With c given it is taken as the mean (not checked)."""
    if c is not None:
        T, total, count = _sum((d := x - c) * d for x in data)
        return (T, total, c, count)
    count = 0
    seen_types = []
    sx = {}
    sxx = {}
    for x in data:
        t = type(x)
        if t not in seen_types:
            seen_types.append(t)
        n, d = _exact_ratio(x)
        count += 1
        sx[d] = sx.get(d, 0) + n
        sxx[d] = sxx.get(d, 0) + n * n
    if not count:
        ssd = c = Fraction(0)
    elif None in sx:
        ssd = c = sx[None]
    else:
        total = sum(Fraction(n, d) for d, n in sx.items())
        total_sq = sum(Fraction(n, d * d) for d, n in sxx.items())
        ssd = (count * total_sq - total * total) / count
        c = total / count
    T = reduce(_coerce, seen_types, int)
    return (T, ssd, c, count)


def _convert(value, T):
    """The exact value (a Fraction, or inf/nan) as type T."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        if _is_decimal_type(T):
            return T(value.numerator) / T(value.denominator)
        raise


def _fail_neg(values, errmsg="negative value"):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


# --- correctly rounded square roots of fractions --------------------------------

def _isqrt_frac_round_to_odd(n, m):
    """floor(sqrt(n/m)), with its low bit set when inexact (round-to-odd)."""
    root = math.isqrt(n // m)
    return root | (root * root * m != n)


# Enough extra bits that rounding the round-to-odd integer root to a float
# rounds sqrt(n/m) correctly.
_SQRT_EXTRA_BITS = 2 * sys.float_info.mant_dig + 3


def _float_sqrt_of_frac(n, m):
    """sqrt(n/m) as a correctly rounded float."""
    shift = (n.bit_length() - m.bit_length() - _SQRT_EXTRA_BITS) // 2
    if shift >= 0:
        return float(_isqrt_frac_round_to_odd(n, m << 2 * shift) << shift)
    return _isqrt_frac_round_to_odd(n << -2 * shift, m) / (1 << -shift)


def _decimal_sqrt_of_frac(n, m):
    """sqrt(n/m) as a correctly rounded Decimal."""
    Decimal = _decimal_class()
    if n <= 0:
        if not n:
            return Decimal("0.0")
        n, m = -n, -m
    root = (Decimal(n) / Decimal(m)).sqrt()
    nr, dr = root.as_integer_ratio()
    # Compare n/m against the squares of the midpoints to the neighbours.
    above = root.next_plus()
    na, da = above.as_integer_ratio()
    if 4 * n * (dr * da) ** 2 > m * (dr * na + da * nr) ** 2:
        return above
    below = root.next_minus()
    nb, db = below.as_integer_ratio()
    if 4 * n * (dr * db) ** 2 < m * (dr * nb + db * nr) ** 2:
        return below
    return root


# --- averages ---------------------------------------------------------------------

def mean(data):
    """Return the sample arithmetic mean of data, computed exactly."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    return _convert(total / n, T)


def fmean(data, weights=None):
    """Convert data to floats and compute the (weighted) arithmetic mean."""
    try:
        n = len(data)
    except TypeError:
        n = 0

        def counted(iterable):
            nonlocal n
            for n, x in enumerate(iterable, start=1):
                yield x

        data = counted(data)
    if weights is None:
        total = fsum(data)
        if not n:
            raise StatisticsError("fmean requires at least one data point")
        return total / n
    try:
        num_weights = len(weights)
    except TypeError:
        weights = list(weights)
        num_weights = len(weights)
    num = fsum(map(mul, data, weights))
    if n != num_weights:
        raise StatisticsError("data and weights must be the same length")
    den = fsum(weights)
    if not den:
        raise StatisticsError("sum of weights must be non-zero")
    return num / den


def geometric_mean(data):
    """Convert data to floats and compute the geometric mean."""
    try:
        return exp(fmean(map(log, data)))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset "
                              "containing positive numbers") from None


def harmonic_mean(data, weights=None):
    """Return the (weighted) harmonic mean of data."""
    if iter(data) is data:
        data = list(data)
    errmsg = "harmonic mean does not support negative values"
    n = len(data)
    if n < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if n == 1 and weights is None:
        x = data[0]
        decimal_cls = _decimal_class()
        if isinstance(x, numbers.Real) or (decimal_cls is not None and isinstance(x, decimal_cls)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError("unsupported type")
    if weights is None:
        weights = repeat(1, n)
        sum_weights = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError("Number of weights does not match data size")
        _, sum_weights, _ = _sum(w for w in _fail_neg(weights, errmsg))
    try:
        data = _fail_neg(data, errmsg)
        T, total, count = _sum(w / x if w else 0 for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError("Weighted sum must be positive")
    return _convert(sum_weights / total, T)


def median(data):
    """Return the median (middle value) of numeric data; the mean of the
    two middle values when there is an even number of points."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """Return the low median of numeric data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """Return the high median of data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """Estimates the median for numeric data binned around the midpoints
    of consecutive, fixed-width intervals."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError("no median for empty data")
    x = data[n // 2]
    first = bisect_left(data, x)
    last = bisect_right(data, x, lo=first)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError("Value cannot be converted to a float")
    lower = x - interval / 2.0
    return lower + interval * (n / 2 - first) / (last - first)


def mode(data):
    """Return the most common data point (the first seen on ties)."""
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError("no mode for empty data") from None


def multimode(data):
    """Return a list of the most frequently occurring values, in the order
    they were first encountered."""
    counts = Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


def quantiles(data, *, n=4, method="exclusive"):
    """Divide data into n continuous intervals with equal probability;
    return the n - 1 cut points."""
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError("must have at least two data points")
    result = []
    if method == "inclusive":
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == "exclusive":
        m = ld + 1
        for i in range(1, n):
            j = min(max(i * m // n, 1), ld - 1)
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError("Unknown method: %r" % (method,))


# --- spread ------------------------------------------------------------------------

def variance(data, xbar=None):
    """Return the sample variance of data (n - 1 degrees of freedom)."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("variance requires at least two data points")
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """Return the population variance of data."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pvariance requires at least one data point")
    return _convert(ss / n, T)


def _sqrt_of(T, value):
    if _is_decimal_type(T):
        return _decimal_sqrt_of_frac(value.numerator, value.denominator)
    return _float_sqrt_of_frac(value.numerator, value.denominator)


def stdev(data, xbar=None):
    """Return the square root of the sample variance."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    return _sqrt_of(T, ss / (n - 1))


def pstdev(data, mu=None):
    """Return the square root of the population variance."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pstdev requires at least one data point")
    return _sqrt_of(T, ss / n)


def _mean_stdev(data):
    """(mean, sample stdev) as floats."""
    T, ss, xbar, n = _ss(data)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    mss = ss / (n - 1)
    try:
        return float(xbar), _float_sqrt_of_frac(mss.numerator, mss.denominator)
    except AttributeError:
        # An infinity or NaN in the data.
        return float(xbar), float(xbar) / float(ss)


# --- relations between two inputs ---------------------------------------------------

def _check_pair(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError("%s requires that both inputs have same number of data points" % what)
    if n < 2:
        raise StatisticsError("%s requires at least two data points" % what)
    return n


def covariance(x, y, /):
    """Return the sample covariance of two inputs."""
    n = _check_pair(x, y, "covariance")
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two inputs."""
    n = _check_pair(x, y, "correlation")
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = fsum((d := xi - xbar) * d for xi in x)
    syy = fsum((d := yi - ybar) * d for yi in y)
    try:
        return sxy / sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant")


LinearRegression = namedtuple("LinearRegression", ("slope", "intercept"))


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of simple linear regression (ordinary least
    squares); with proportional=True the line goes through the origin."""
    n = _check_pair(x, y, "linear regression")
    if proportional:
        sxy = fsum(xi * yi for xi, yi in zip(x, y))
        sxx = fsum(xi * xi for xi in x)
    else:
        xbar = fsum(x) / n
        ybar = fsum(y) / n
        sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = fsum((d := xi - xbar) * d for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError("x is constant")
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# --- the normal distribution -------------------------------------------------------

def _poly(coefficients, x):
    """Horner evaluation, highest degree first."""
    result = coefficients[0]
    for c in coefficients[1:]:
        result = result * x + c
    return result


# Wichura's algorithm AS241 (Applied Statistics, 1988): rational
# approximations of the normal quantile on three ranges of p.
_AS241_CENTRAL_NUM = (2509.0809287301227, 33430.57558358813, 67265.7709270087,
                      45921.95393154987, 13731.69376550946, 1971.5909503065513,
                      133.14166789178438, 3.3871328727963665)
_AS241_CENTRAL_DEN = (5226.495278852854, 28729.085735721943, 39307.89580009271,
                      21213.794301586597, 5394.196021424751, 687.1870074920579,
                      42.31333070160091, 1.0)
_AS241_NEAR_NUM = (0.0007745450142783414, 0.022723844989269184, 0.2417807251774506,
                   1.2704582524523684, 3.6478483247632045, 5.769497221460691,
                   4.630337846156546, 1.4234371107496835)
_AS241_NEAR_DEN = (1.0507500716444169e-09, 0.0005475938084995345, 0.015198666563616457,
                   0.14810397642748008, 0.6897673349851, 1.6763848301838038,
                   2.053191626637759, 1.0)
_AS241_TAIL_NUM = (2.0103343992922881e-07, 2.7115555687434876e-05, 0.0012426609473880784,
                   0.026532189526576124, 0.29656057182850487, 1.7848265399172913,
                   5.463784911164114, 6.657904643501103)
_AS241_TAIL_DEN = (2.0442631033899397e-15, 1.421511758316446e-07, 1.8463183175100548e-05,
                   0.0007868691311456133, 0.014875361290850615, 0.1369298809227358,
                   0.599832206555888, 1.0)


def _normal_dist_inv_cdf(p, mu, sigma):
    q = p - 0.5
    if fabs(q) <= 0.425:
        r = 0.180625 - q * q
        x = _poly(_AS241_CENTRAL_NUM, r) * q / _poly(_AS241_CENTRAL_DEN, r)
        return mu + x * sigma
    r = p if q <= 0.0 else 1.0 - p
    r = sqrt(-log(r))
    if r <= 5.0:
        r = r - 1.6
        x = _poly(_AS241_NEAR_NUM, r) / _poly(_AS241_NEAR_DEN, r)
    else:
        r = r - 5.0
        x = _poly(_AS241_TAIL_NUM, r) / _poly(_AS241_TAIL_DEN, r)
    if q < 0.0:
        x = -x
    return mu + x * sigma


_SQRT2 = sqrt(2.0)


class NormalDist:
    """Normal distribution of a random variable"""

    __slots__ = {
        "_mu": "Arithmetic mean of a normal distribution",
        "_sigma": "Standard deviation of a normal distribution",
    }

    def __init__(self, mu=0.0, sigma=1.0):
        """NormalDist where mu is the mean and sigma is the standard deviation."""
        if sigma < 0.0:
            raise StatisticsError("sigma must be non-negative")
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        """Make a normal distribution instance from sample data."""
        return cls(*_mean_stdev(data))

    def samples(self, n, *, seed=None):
        """Generate *n* samples for a given mean and standard deviation."""
        import random
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for _ in range(n)]

    def pdf(self, x):
        """Probability density function.  P(x <= X < x+dx) / dx"""
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError("pdf() not defined when sigma is zero")
        diff = x - self._mu
        return exp(diff * diff / (-2.0 * variance)) / sqrt(tau * variance)

    def cdf(self, x):
        """Cumulative distribution function.  P(X <= x)"""
        if not self._sigma:
            raise StatisticsError("cdf() not defined when sigma is zero")
        return 0.5 * (1.0 + erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        """Inverse cumulative distribution function.  x : P(X <= x) = p"""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError("p must be in the range 0.0 < p < 1.0")
        if self._sigma <= 0.0:
            raise StatisticsError("cdf() not defined when sigma at or below zero")
        return _normal_dist_inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        """Divide into *n* continuous intervals with equal probability."""
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """Compute the overlapping coefficient (OVL) between two normal distributions."""
        if not isinstance(other, NormalDist):
            raise TypeError("Expected another NormalDist instance")
        X, Y = self, other
        if (Y._sigma, Y._mu) < (X._sigma, X._mu):
            X, Y = Y, X
        X_var, Y_var = X.variance, Y.variance
        if not X_var or not Y_var:
            raise StatisticsError("overlap() not defined when sigma is zero")
        dv = Y_var - X_var
        dm = fabs(Y._mu - X._mu)
        if not dv:
            return 1.0 - erf(dm / (2.0 * X._sigma * _SQRT2))
        a = X._mu * Y_var - Y._mu * X_var
        b = X._sigma * Y._sigma * sqrt(dm * dm + dv * log(Y_var / X_var))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (fabs(Y.cdf(x1) - X.cdf(x1)) + fabs(Y.cdf(x2) - X.cdf(x2)))

    def zscore(self, x):
        """Compute the Standard Score.  (x - mean) / stdev"""
        if not self._sigma:
            raise StatisticsError("zscore() not defined when sigma is zero")
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        """Arithmetic mean of the normal distribution."""
        return self._mu

    @property
    def median(self):
        """Return the median of the normal distribution"""
        return self._mu

    @property
    def mode(self):
        """Return the mode of the normal distribution"""
        return self._mu

    @property
    def stdev(self):
        """Standard deviation of the normal distribution."""
        return self._sigma

    @property
    def variance(self):
        """Square of the standard deviation."""
        return self._sigma * self._sigma

    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * fabs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / fabs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return "%s(mu=%r, sigma=%r)" % (type(self).__name__, self._mu, self._sigma)

    def __getstate__(self):
        return (self._mu, self._sigma)

    def __setstate__(self, state):
        self._mu, self._sigma = state
