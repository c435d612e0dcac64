"""Concrete date/time and related types (CPython 3.11's `datetime`).

Coil's own implementation. Invariants this module relies on:
- Instances are immutable after construction; every field is validated in
  the constructors (`_check_date_fields`, `_check_time_fields`).
- A timedelta is kept normalised: 0 <= seconds < 86400,
  0 <= microseconds < 10**6, |days| <= 999999999.
- Proleptic Gregorian ordinals: date(1, 1, 1) has ordinal 1.
- Naive and aware values never mix in ordering or subtraction (TypeError),
  and compare unequal.
"""

import time as _time
import math as _math
import sys as _sys

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo',
           'MINYEAR', 'MAXYEAR', 'UTC')

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = [0, 0]
for _m in range(2, 14):
    _DAYS_BEFORE_MONTH.append(_DAYS_BEFORE_MONTH[-1] + _DAYS_IN_MONTH[_m - 1])
del _m
_MAX_ORDINAL = 3652059
_MONTHNAMES = (None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug',
               'Sep', 'Oct', 'Nov', 'Dec')
_DAYNAMES = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y, m):
    if m == 2 and _is_leap(y):
        return 29
    return _DAYS_IN_MONTH[m]


def _days_before_year(y):
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd2ord(y, m, d):
    return (_days_before_year(y) + _DAYS_BEFORE_MONTH[m] +
            (1 if m > 2 and _is_leap(y) else 0) + d)


def _ord2ymd(n):
    """(year, month, day) of a proleptic Gregorian ordinal."""
    n -= 1
    n400, n = divmod(n, 146097)
    y = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    y += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return y - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    m = (n + 50) >> 5
    before = _DAYS_BEFORE_MONTH[m] + (1 if m > 2 and leap else 0)
    if before > n:
        m -= 1
        before -= _DAYS_IN_MONTH[m] + (1 if m == 2 and leap else 0)
    return y, m, n - before + 1


def _index(v):
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        idx = type(v).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" %
                        type(v).__name__) from None
    return idx(v)


def _check_date_fields(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError('tzinfo argument must be None or of a tzinfo '
                        "subclass, not type '%s'" % type(tz).__name__)


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


_CMP_OPS = {'eq': lambda c: c == 0, 'ne': lambda c: c != 0,
            'lt': lambda c: c < 0, 'le': lambda c: c <= 0,
            'gt': lambda c: c > 0, 'ge': lambda c: c >= 0}


def _comparisons(cls):
    """Install the six rich comparisons, all made by cls._compare."""
    for op in _CMP_OPS:
        def method(self, other, op=op):
            return self._compare(other, op)
        method.__name__ = method.__qualname__ = '__%s__' % op
        setattr(cls, method.__name__, method)
    return cls


def _round_half_even(num, den):
    """num/den rounded to the nearest int, ties to even (den > 0)."""
    q, r = divmod(num, den)
    r2 = 2 * r
    if r2 > den or (r2 == den and q & 1):
        q += 1
    return q


# ---------------------------------------------------------------- timedelta


@_comparisons
class timedelta:
    """Difference between two datetime values."""
    __slots__ = ('_days', '_seconds', '_microseconds')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        # Sum everything exactly, in microseconds, then round half-even.
        num = 0
        den = 1
        for v, scale in ((days, 86400000000), (seconds, 1000000),
                         (microseconds, 1), (milliseconds, 1000),
                         (minutes, 60000000), (hours, 3600000000),
                         (weeks, 604800000000)):
            if isinstance(v, int):
                num += v * scale * den
            elif isinstance(v, float):
                if v != v or v in (_math.inf, -_math.inf):
                    raise ValueError('cannot convert float %s to integer' %
                                     ('NaN' if v != v else 'infinity'))
                n, d = v.as_integer_ratio()
                num = num * d + n * scale * den
                den *= d
            else:
                raise TypeError('unsupported type for timedelta %s '
                                'component: %s' % (_TD_NAMES[scale],
                                                   type(v).__name__))
        us = _round_half_even(num, den) if den != 1 else num
        return _td_from_us(us, cls)

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        if not args:
            args.append('0')
        return '%s(%s)' % (_tp_name(self), ', '.join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            s = '%d day%s, ' % (self._days,
                                '' if abs(self._days) == 1 else 's') + s
        if self._microseconds:
            s += '.%06d' % self._microseconds
        return s

    def total_seconds(self):
        return self._to_us() / 10**6

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + \
            self._microseconds

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return _td_from_us(-self._to_us())

    def __pos__(self):
        return _td_from_us(self._to_us())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_from_us(self._to_us() * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return _td_from_us(_round_half_even(self._to_us() * n, d))
        return NotImplemented

    __rmul__ = __mul__

    # Division by zero raises from the int operation, with its message.
    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return _td_from_us(self._to_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            if other < 0:
                return _td_from_us(_round_half_even(-self._to_us(), -other))
            return _td_from_us(_round_half_even(self._to_us(), other))
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            if n < 0:
                n, d = -n, -d
            return _td_from_us(_round_half_even(self._to_us() * d, n))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, _td_from_us(r)
        return NotImplemented

    def _compare(self, other, op):
        if isinstance(other, timedelta):
            return _CMP_OPS[op](_cmp(self._to_us(), other._to_us()))
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


_TD_NAMES = {86400000000: 'days', 1000000: 'seconds', 1: 'microseconds',
             1000: 'milliseconds', 60000000: 'minutes',
             3600000000: 'hours', 604800000000: 'weeks'}


def _tp_name(o):
    """The type name reprs use: 'datetime.X' for our classes, else X."""
    t = type(o)
    if t.__module__ == 'datetime':
        return 'datetime.' + t.__qualname__
    return t.__qualname__


def _td_from_us(us, cls=timedelta):
    s, micro = divmod(us, 1000000)
    d, s = divmod(s, 86400)
    if not -999999999 <= d <= 999999999:
        if not -2**31 <= d < 2**31:
            raise OverflowError('Python int too large to convert to C int')
        raise OverflowError('days=%d; must have magnitude <= 999999999' % d)
    self = object.__new__(cls)
    self._days = d
    self._seconds = s
    self._microseconds = micro
    return self


timedelta.min = _td_from_us(-999999999 * 86400 * 1000000)
timedelta.max = _td_from_us((999999999 * 86400 + 86399) * 1000000 + 999999)
timedelta.resolution = _td_from_us(1)


# ---------------------------------------------------------------- helpers


def _check_utc_offset(name, offset):
    """Validate what utcoffset()/dst() returned."""
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError('tzinfo.%s() must return None or timedelta, not '
                        "'%s'" % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError('offset must be a timedelta strictly between '
                         '-timedelta(hours=24) and timedelta(hours=24).')
    return offset


def _format_offset(off, sep=':'):
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    mm, ss = divmod(off.seconds, 60)
    hh, mm = divmod(mm, 60)
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or off.microseconds:
        s += '%s%02d' % (sep, ss)
        if off.microseconds:
            s += '.%06d' % off.microseconds
    return s


def _format_time(hh, mm, ss, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _wrap_strftime(obj, fmt, timetuple):
    """Expand %f, %z and %Z ourselves, the rest through time.strftime."""
    if not isinstance(fmt, str):
        raise TypeError('strftime() argument 1 must be str, not %s' %
                        type(fmt).__name__)
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != '%' or i >= n:
            out.append(ch)
            continue
        ch = fmt[i]
        i += 1
        if ch == 'f':
            out.append('%06d' % getattr(obj, 'microsecond', 0))
        elif ch == 'z':
            off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
            out.append(_format_offset(off, '') if off is not None else '')
        elif ch == 'Z':
            name = obj.tzname() if hasattr(obj, 'tzname') else None
            out.append(name.replace('%', '%%') if name else '')
        else:
            out.append('%' + ch)
    return _time.strftime(''.join(out), timetuple)


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    yday = _DAYS_BEFORE_MONTH[m] + (1 if m > 2 and _is_leap(y) else 0) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, yday, dstflag))


def _isoweek1monday(year):
    first = _ymd2ord(year, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


class IsoCalendarDate(tuple):
    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return ('datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' %
                tuple(self))


class _Bad(Exception):
    """An unparsable ISO string (turned into CPython's ValueError)."""


def _digits(s, pos, n):
    """The int of s[pos:pos+n], which must be n ASCII digits."""
    part = s[pos:pos + n]
    if len(part) != n or not (part.isdigit() and part.isascii()):
        raise _Bad
    return int(part)


def _parse_isodate(s):
    """(y, m, d) of 'YYYY-MM-DD', 'YYYYMMDD', 'YYYY-Www[-D]', 'YYYYWww[D]'."""
    y = _digits(s, 0, 4)
    pos = 4
    sep = s[pos:pos + 1] == '-'
    if sep:
        pos += 1
    if s[pos:pos + 1] == 'W':
        week = _digits(s, pos + 1, 2)
        pos += 3
        day = 1
        if pos < len(s):
            if sep:
                if s[pos] != '-':
                    raise _Bad
                pos += 1
            day = _digits(s, pos, 1)
        if not MINYEAR <= y <= MAXYEAR or not _iso_week_ok(y, week) or \
                not 0 < day < 8:
            raise _Bad
        return _ord2ymd(_isoweek1monday(y) + (week - 1) * 7 + day - 1)
    m = _digits(s, pos, 2)
    pos += 2
    if sep:
        if s[pos:pos + 1] != '-':
            raise _Bad
        pos += 1
    d = _digits(s, pos, 2)
    return y, m, d


def _iso_week_ok(year, week):
    if 0 < week < 53:
        return True
    if week == 53:
        first = _ymd2ord(year, 1, 1) % 7
        return first == 4 or (first == 3 and _is_leap(year))
    return False


def _from_iso_calendar(year, week, day):
    year = _index(year)
    week = _index(week)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('Year is out of range: %d' % year)
    if not _iso_week_ok(year, week):
        raise ValueError('Invalid week: %d' % week)
    if not 0 < day < 8:
        raise ValueError('Invalid day: %d (range is [1, 7])' % day)
    return _ord2ymd(_isoweek1monday(year) + (week - 1) * 7 + day - 1)


def _parse_hhmmss(s, end):
    """Parse s[:end] as HH[:MM[:SS[.f]]] or HH[MM[SS[.f]]].

    Returns ([h, m, s, us], trailing) where `trailing` tells that one
    character was left over (only harmless before a UTC offset)."""
    vals = [0, 0, 0, 0]
    pos = 0
    colon = True
    for i in range(3):
        vals[i] = _digits(s, pos, 2)
        pos += 2
        c = s[pos] if pos < len(s) else ''
        pos += 1
        if i == 0:
            colon = c == ':'
        if pos >= end:
            return vals, c != '' and pos == end
        if colon and c == ':':
            continue
        if c in ('.', ','):
            break
        if not colon:
            pos -= 1
        else:
            raise _Bad
    n = min(end - pos, 6)
    if n <= 0:
        raise _Bad
    us = _digits(s, pos, n)
    vals[3] = us * 10**(6 - n)
    pos += n
    while pos < end and s[pos].isdigit() and s[pos].isascii():
        pos += 1
    return vals, pos < end


def _parse_isotime(s):
    """(h, m, s, us, tz) of an ISO time with an optional UTC offset."""
    tzpos = len(s)
    for i, c in enumerate(s):
        if c in 'Z+-':
            tzpos = i
            break
    vals, trailing = _parse_hhmmss(s, tzpos)
    if tzpos == len(s):
        if trailing:
            raise _Bad
        return vals + [None]
    if s[tzpos] == 'Z':
        if tzpos + 1 != len(s):
            raise _Bad
        return vals + [timezone.utc]
    sign = -1 if s[tzpos] == '-' else 1
    rest = s[tzpos + 1:]
    tzv, trailing = _parse_hhmmss(rest, len(rest))
    if trailing:
        raise _Bad
    secs = tzv[0] * 3600 + tzv[1] * 60 + tzv[2]
    if not secs:
        return vals + [timezone.utc]
    return vals + [timezone(timedelta(seconds=sign * secs,
                                      microseconds=sign * tzv[3]))]


def _datetime_separator(s):
    """Where the date part of an ISO datetime string ends."""
    n = len(s)
    if n == 7:
        return 7
    if s[4] == '-':
        if s[5] == 'W':
            if n < 8:
                return -1
            if n > 8 and s[8] == '-':
                if n == 9:
                    return -1
                if n > 10 and s[10].isdigit():
                    return 8
                return 10
            return 8
        return 10
    if s[4] == 'W':
        idx = 7
        while idx < n and s[idx].isdigit():
            idx += 1
        if idx < 9:
            return idx
        return 7 if idx % 2 == 0 else 8
    return 8


# ---------------------------------------------------------------- date


@_comparisons
class date:
    """date(year, month, day) --> date object"""
    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        if month is None and isinstance(year, bytes) and len(year) == 4 \
                and 1 <= year[2] <= 12:
            self = object.__new__(cls)
            self._year = year[0] * 256 + year[1]
            self._month = year[2]
            self._day = year[3]
            self._hashcode = -1
            return self
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, hh, mm, ss, wd, jd, dst = _time.localtime(_check_ts(t)[0])
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        if n > _MAX_ORDINAL:
            raise ValueError('year %d is out of range' % _ord2ymd(n)[0])
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            if len(date_string) not in (7, 8, 10):
                raise _Bad
            ymd = _parse_isodate(date_string)
        except _Bad:
            raise ValueError('Invalid isoformat string: %r' %
                             (date_string,)) from None
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_from_iso_calendar(year, week, day))

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_tp_name(self), self._year, self._month,
                                   self._day)

    def ctime(self):
        wd = self.toordinal() % 7 or 7
        return '%s %s %2d 00:00:00 %04d' % (_DAYNAMES[wd - 1],
                                            _MONTHNAMES[self._month],
                                            self._day, self._year)

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    def timetuple(self):
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0,
                                  -1)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def _key(self):
        return (self._year, self._month, self._day)

    def _compare(self, other, op):
        if isinstance(other, date) and not isinstance(other, datetime):
            return _CMP_OPS[op](_cmp(self._key(), other._key()))
        return NotImplemented

    def __hash__(self):
        return hash(self._getstate()[0])

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAX_ORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError('date value out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime) and \
                not isinstance(self, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        week1 = _isoweek1monday(year)
        today = _ymd2ord(self._year, self._month, self._day)
        week, day = divmod(today - week1, 7)
        if week < 0:
            year -= 1
            week1 = _isoweek1monday(year)
            week, day = divmod(today - week1, 7)
        elif week >= 52:
            if today >= _isoweek1monday(year + 1):
                year += 1
                week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def _getstate(self):
        yhi, ylo = divmod(self._year, 256)
        return (bytes([yhi, ylo, self._month, self._day]),)

    def __reduce__(self):
        return (type(self), self._getstate())


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _check_ts(t):
    """(seconds, microseconds) of a timestamp, rounding half-even."""
    if isinstance(t, int):
        return t, 0
    if not isinstance(t, float):
        try:
            t = float(t)
        except TypeError:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(t).__name__) from None
    if t != t:
        raise ValueError('Invalid value NaN (not a number)')
    frac, whole = _math.modf(t)
    us = round(frac * 1e6)
    if us >= 1000000:
        us -= 1000000
        whole += 1
    elif us < 0:
        us += 1000000
        whole -= 1
    if not -1e18 < whole < 1e18:
        raise OverflowError('timestamp out of range for platform time_t')
    return int(whole), us


# ---------------------------------------------------------------- tzinfo


class tzinfo:
    """Abstract base class for time zone info objects."""
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement '
                                  'utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError('fromutc: non-None dst() result required')
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError('fromutc: tz.dst() gave inconsistent '
                                 'results; cannot convert')
        return dt + dtdst

    def __reduce__(self):
        getinitargs = getattr(self, '__getinitargs__', None)
        args = getinitargs() if getinitargs else ()
        state = getattr(self, '__dict__', None)
        return (type(self), args, state or None)


# ---------------------------------------------------------------- time


class _TimeFields:
    """The time fields and pickling shared by time and datetime."""
    __slots__ = ()
    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def _set_time(self, hour, minute, second, microsecond, tzinfo, fold):
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold

    def __reduce_ex__(self, protocol):
        return (type(self), self._getstate(protocol))

    def __reduce__(self):
        return self.__reduce_ex__(2)


def _offset_of(tz, what, dt):
    if tz is None:
        return None
    return _check_utc_offset(what, getattr(tz, what)(dt))


def _tzname_of(tz, dt):
    if tz is None:
        return None
    name = tz.tzname(dt)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not "
                        "'%s'" % type(name).__name__)
    return name


@_comparisons
class time(_TimeFields):
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]])"""
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo',
                 '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
                *, fold=0):
        if isinstance(hour, bytes) and len(hour) == 6 and hour[0] & 0x7F < 24:
            state = hour
            self = object.__new__(cls)
            _check_tzinfo(minute if minute != 0 else None)
            self._hour = state[0] & 0x7F
            self._fold = 1 if state[0] & 0x80 else 0
            self._minute = state[1]
            self._second = state[2]
            self._microsecond = (state[3] << 16) | (state[4] << 8) | state[5]
            self._tzinfo = minute if minute != 0 else None
            return self
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._set_time(hour, minute, second, microsecond, tzinfo, fold)
        return self

    def utcoffset(self):
        return _offset_of(self._tzinfo, 'utcoffset', None)

    def dst(self):
        return _offset_of(self._tzinfo, 'dst', None)

    def tzname(self):
        return _tzname_of(self._tzinfo, None)

    def _cmp(self, other, eq):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base = myoff == otoff
        if base:
            return _cmp((self._hour, self._minute, self._second,
                         self._microsecond),
                        (other._hour, other._minute, other._second,
                         other._microsecond))
        if myoff is None or otoff is None:
            if eq:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        myhhmm = self._hour * 60 + self._minute - myoff // timedelta(minutes=1)
        othhmm = other._hour * 60 + other._minute - \
            otoff // timedelta(minutes=1)
        return _cmp((myhhmm, self._second, self._microsecond),
                    (othhmm, other._second, other._microsecond))

    def _compare(self, other, op):
        if isinstance(other, time):
            return _CMP_OPS[op](self._cmp(other, op in ('eq', 'ne')))
        return NotImplemented

    def __hash__(self):
        t = self.replace(fold=0) if self._fold else self
        off = t.utcoffset()
        if not off:
            return hash(t._getstate()[0])
        secs = self._hour * 3600 + self._minute * 60 + self._second
        return hash(timedelta(seconds=secs,
                              microseconds=self._microsecond) - off)

    def __repr__(self):
        if self._microsecond:
            s = ', %d, %d' % (self._second, self._microsecond)
        elif self._second:
            s = ', %d' % self._second
        else:
            s = ''
        s = '%s(%d, %d%s)' % (_tp_name(self), self._hour, self._minute, s)
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r' % (self._tzinfo,) + ')'
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def isoformat(self, timespec='auto'):
        s = _format_time(self._hour, self._minute, self._second,
                         self._microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = time_string[1:] if time_string[:1] == 'T' else time_string
        try:
            if len(s) < 2:
                raise _Bad
            h, m, sec, us, tz = _parse_isotime(s)
        except _Bad:
            raise ValueError('Invalid isoformat string: %r' %
                             (time_string,)) from None
        return cls(h, m, sec, us, tz)

    def strftime(self, fmt):
        tt = _time.struct_time((1900, 1, 1, self._hour, self._minute,
                                self._second, 0, 1, -1))
        return _wrap_strftime(self, fmt, tt)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None
                          else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def __bool__(self):
        return True

    def _getstate(self, protocol=3):
        us2, us3 = divmod(self._microsecond, 256)
        us1, us2 = divmod(us2, 256)
        h = self._hour
        if self._fold and protocol > 3:
            h += 128
        b = bytes([h, self._minute, self._second, us1, us2, us3])
        if self._tzinfo is None:
            return (b,)
        return (b, self._tzinfo)



time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------- datetime


@_comparisons
class datetime(date, _TimeFields):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,
    tzinfo]]]]])"""
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo',
                 '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if month is None and isinstance(year, bytes) and len(year) == 10 \
                and 1 <= year[2] & 0x7F <= 12:
            st = year
            self = object.__new__(cls)
            self._year = st[0] * 256 + st[1]
            self._month = st[2] & 0x7F
            self._fold = 1 if st[2] & 0x80 else 0
            self._day = st[3]
            self._hour = st[4]
            self._minute = st[5]
            self._second = st[6]
            self._microsecond = (st[7] << 16) | (st[8] << 8) | st[9]
            self._tzinfo = None
            self._hashcode = -1
            return self
        if isinstance(year, bytes) and len(year) == 10 and \
                isinstance(month, _tzinfo_cls):
            self = cls(year)
            self._tzinfo = month
            return self
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        self._set_time(hour, minute, second, microsecond, tzinfo, fold)
        return self

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        secs, us = _check_ts(t)
        if utc:
            days, rem = divmod(secs, 86400)
            o = _ymd2ord(1970, 1, 1) + days
            if not 0 < o <= _MAX_ORDINAL:
                raise ValueError('year %d is out of range' % _ord2ymd(o)[0]
                                 if o > 0 else 'year 0 is out of range')
            y, m, d = _ord2ymd(o)
            hh, rem = divmod(rem, 3600)
            mm, ss = divmod(rem, 60)
        else:
            y, m, d, hh, mm, ss, wd, jd, dst = _time.localtime(secs)
            ss = min(ss, 59)
        return cls(y, m, d, hh, mm, ss, us, tz)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        if tz is None:
            return cls._fromtimestamp(t, False, None)
        r = cls._fromtimestamp(t, True, tz)
        return tz.fromutc(r)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        d = date.fromordinal(n)
        return cls(d.year, d.month, d.day)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_cls):
            raise TypeError('combine() argument 1 must be datetime.date, not '
                            '%s' % type(date).__name__)
        if not isinstance(time, _time_cls):
            raise TypeError('combine() argument 2 must be datetime.time, not '
                            '%s' % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute,
                   time.second, time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = date_string
        h = mi = sec = us = 0
        tz = None
        try:
            if len(s) < 7:
                raise _Bad
            n = _datetime_separator(s)
            if n < 0:
                raise _Bad
            y, m, d = _parse_isodate(s[:n])
            if len(s) > n:
                h, mi, sec, us, tz = _parse_isotime(s[n + 1:])
        except _Bad:
            raise ValueError('Invalid isoformat string: %r' %
                             (date_string,)) from None
        return cls(y, m, d, h, mi, sec, us, tz)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_from_iso_calendar(year, week, day))

    @classmethod
    def strptime(cls, date_string, format):
        for i, arg in enumerate((date_string, format), 1):
            if not isinstance(arg, str):
                raise TypeError('strptime() argument %d must be str, not %s' %
                                (i, type(arg).__name__))
        import _strptime
        return _strptime._strptime_datetime(cls, date_string, format)

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _build_struct_time(self._year, self._month, self._day,
                                  self._hour, self._minute, self._second,
                                  flag)

    def utctimetuple(self):
        off = self.utcoffset()
        d = self
        if off:
            d = self - off
        return _build_struct_time(d._year, d._month, d._day, d._hour,
                                  d._minute, d._second, 0)

    def _local_seconds(self):
        epoch = _ymd2ord(1970, 1, 1)
        t = ((self.toordinal() - epoch) * 86400 + self._hour * 3600 +
             self._minute * 60 + self._second)
        return t

    def timestamp(self):
        if self._tzinfo is None:
            s = _time.mktime((self._year, self._month, self._day, self._hour,
                              self._minute, self._second, 0, 0, -1))
            return s + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second,
                    self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second,
                    self._microsecond, self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None,
                minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        return type(self)(
            self._year if year is None else year,
            self._month if month is None else month,
            self._day if day is None else day,
            self._hour if hour is None else hour,
            self._minute if minute is None else minute,
            self._second if second is None else second,
            self._microsecond if microsecond is None else microsecond,
            self._tzinfo if tzinfo is True else tzinfo,
            fold=self._fold if fold is None else fold)

    def _local_timezone(self):
        ts = self._local_seconds() if self._tzinfo is None else None
        if ts is None:
            ts = (self - _EPOCH) // timedelta(seconds=1)
        else:
            ts = int(self.timestamp())
        lt = _time.localtime(ts)
        y, m, d, hh, mm, ss = lt[:6]
        local = ((_ymd2ord(y, m, d) - _ymd2ord(1970, 1, 1)) * 86400 +
                 hh * 3600 + mm * 60 + ss)
        off = timedelta(seconds=local - ts)
        name = _time.tzname[1 if lt[8] > 0 else 0]
        return timezone(off, name)

    def astimezone(self, tz=None):
        if tz is None:
            tz = self._local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError('tzinfo argument must be an instance of tzinfo')
        mytz = self._tzinfo
        if mytz is None:
            mytz = self._local_timezone()
            myoffset = mytz.utcoffset(self)
        else:
            myoffset = mytz.utcoffset(self)
            if myoffset is None:
                mytz = self.replace(tzinfo=None)._local_timezone()
                myoffset = mytz.utcoffset(self)
        if tz is mytz:
            return self
        utc = (self - myoffset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        wd = self.toordinal() % 7 or 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _DAYNAMES[wd - 1], _MONTHNAMES[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode '
                            'character, not %s' % type(sep).__name__)
        s = '%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep) + \
            _format_time(self._hour, self._minute, self._second,
                         self._microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        L = [self._year, self._month, self._day, self._hour, self._minute,
             self._second, self._microsecond]
        if L[-1] == 0:
            del L[-1]
        if L[-1] == 0:
            del L[-1]
        s = '%s(%s)' % (_tp_name(self), ', '.join(map(str, L)))
        if self._fold:
            s = s[:-1] + ', fold=1)'
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r' % (self._tzinfo,) + ')'
        return s

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple())

    def utcoffset(self):
        return _offset_of(self._tzinfo, 'utcoffset', self)

    def dst(self):
        return _offset_of(self._tzinfo, 'dst', self)

    def tzname(self):
        return _tzname_of(self._tzinfo, self)

    def _key(self):
        return (self._year, self._month, self._day, self._hour, self._minute,
                self._second, self._microsecond)

    def _cmp(self, other, eq):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            if eq:
                # PEP 495: an ambiguous or missing time is never equal to a
                # time in another zone
                if myoff != self.replace(fold=not self._fold).utcoffset():
                    return 2
                if otoff != other.replace(fold=not other._fold).utcoffset():
                    return 2
            base = myoff == otoff
        if base:
            return _cmp(self._key(), other._key())
        if myoff is None or otoff is None:
            if eq:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware "
                            'datetimes')
        diff = self - other
        if diff.days < 0:
            return -1
        return 1 if diff else 0

    def _compare(self, other, op):
        if isinstance(other, datetime):
            return _CMP_OPS[op](self._cmp(other, op in ('eq', 'ne')))
        if isinstance(other, date) and op not in ('eq', 'ne'):
            raise TypeError("can't compare %s to %s" % (_tp_name(self),
                                                        _tp_name(other)))
        return NotImplemented

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        secs = (self._hour * 3600 + self._minute * 60 + self._second +
                other.seconds)
        us = self._microsecond + other.microseconds
        s2, us = divmod(us, 1000000)
        secs += s2
        d2, secs = divmod(secs, 86400)
        o = self.toordinal() + other.days + d2
        if not 0 < o <= _MAX_ORDINAL:
            raise OverflowError('date value out of range')
        y, m, d = _ord2ymd(o)
        hh, rem = divmod(secs, 3600)
        mm, ss = divmod(rem, 60)
        if type(self) is not datetime:
            return type(self)(y, m, d, hh, mm, ss, us, self._tzinfo)
        # the fields are valid by construction: skip the checks
        r = object.__new__(datetime)
        r._year = y
        r._month = m
        r._day = d
        r._hashcode = -1
        r._set_time(hh, mm, ss, us, self._tzinfo, 0)
        return r

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        days1 = self.toordinal()
        days2 = other.toordinal()
        secs1 = self._second + self._minute * 60 + self._hour * 3600
        secs2 = other._second + other._minute * 60 + other._hour * 3600
        base = timedelta(days1 - days2, secs1 - secs2,
                         self._microsecond - other._microsecond)
        if self._tzinfo is other._tzinfo:
            return base
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return base
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware "
                            'datetimes')
        return base + otoff - myoff

    def __hash__(self):
        t = self.replace(fold=0) if self._fold else self
        off = t.utcoffset()
        if off is None:
            return hash(t._getstate()[0])
        days = _ymd2ord(self._year, self._month, self._day)
        secs = self._hour * 3600 + self._minute * 60 + self._second
        return hash(timedelta(days, secs, self._microsecond) - off)

    def _getstate(self, protocol=3):
        yhi, ylo = divmod(self._year, 256)
        us2, us3 = divmod(self._microsecond, 256)
        us1, us2 = divmod(us2, 256)
        m = self._month
        if self._fold and protocol > 3:
            m += 128
        b = bytes([yhi, ylo, m, self._day, self._hour, self._minute,
                   self._second, us1, us2, us3])
        if self._tzinfo is None:
            return (b,)
        return (b, self._tzinfo)



datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_date_cls = date
_time_cls = time
_tzinfo_cls = tzinfo


# ---------------------------------------------------------------- timezone


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""
    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta'
                            ', not %s' % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s' %
                            type(name).__name__)
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError('offset must be a timedelta strictly between '
                             '-timedelta(hours=24) and timedelta(hours=24), '
                             'not %r.' % (offset,))
        if name is None and not offset and '_utc' in globals():
            return _utc
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _utc_or_none():
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s(%r)' % (_tp_name(self), self._offset)
        return '%s(%r, %r)' % (_tp_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_arg(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError('%s(dt) argument must be a datetime instance or '
                            'None, not %s' % (what, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_arg(dt, 'utcoffset')
        return self._offset

    def tzname(self, dt):
        self._check_arg(dt, 'tzname')
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset)

    def dst(self, dt):
        self._check_arg(dt, 'dst')
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset


def _utc_or_none():
    return globals().get('_utc')


_utc = timezone(timedelta(0))
timezone.utc = _utc
UTC = _utc
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
