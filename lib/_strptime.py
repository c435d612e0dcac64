"""Strptime-related classes and functions (Coil's own implementation).

time.strptime() calls _strptime_time(). The behaviour is CPython 3.11's
_strptime for the C locale: each directive matches the same alternatives,
in the same order, as CPython's regular expressions; the whole format is
matched with backtracking like re.match with IGNORECASE, then the fields
are combined the same way (two-digit years, 12-hour clock, week numbers,
ISO weeks, %z offsets, time zone names). No `re` module is needed.

Invariants
- A compiled format is a list of tokens; each token yields its possible
  (end, value) results at a position in regex priority order, so the first
  complete match found is the one re.match would find.
- Dates are computed with proleptic Gregorian ordinals (as datetime.date)
  and fail with datetime's "day is out of range for month".
"""

import time

__all__ = []

# ------------------------------------------------------------ C locale

class LocaleTime(object):
    """The C locale's names and formats, plus the time zone names."""

    def __init__(self):
        self.lang = (None, None)
        self.f_weekday = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
        self.a_weekday = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
        self.f_month = ['', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
                        'august', 'september', 'october', 'november', 'december']
        self.a_month = ['', 'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
        self.am_pm = ['am', 'pm']
        self.LC_date_time = '%a %b %d %H:%M:%S %Y'
        self.LC_date = '%m/%d/%y'
        self.LC_time = '%H:%M:%S'
        self.tzname = time.tzname
        self.daylight = time.daylight
        no_saving = frozenset({"utc", "gmt", self.tzname[0].lower()})
        has_saving = frozenset({self.tzname[1].lower()}) if self.daylight else frozenset()
        self.timezone = (no_saving, has_saving)


_DIGIT = '0123456789'


def _fixed(*alternatives):
    """Alternatives made of fixed-length character-class sequences:
    each alternative is a string where 'D' is any digit, '[ab]' a set."""
    compiled = []
    for alt in alternatives:
        classes = []
        i = 0
        while i < len(alt):
            c = alt[i]
            if c == 'D':
                classes.append(_DIGIT)
            elif c == '[':
                j = alt.index(']', i)
                body = alt[i + 1:j]
                chars = ''
                k = 0
                while k < len(body):
                    if k + 2 < len(body) and body[k + 1] == '-':
                        chars += ''.join(chr(x) for x in range(ord(body[k]), ord(body[k + 2]) + 1))
                        k += 3
                    else:
                        chars += body[k]
                        k += 1
                classes.append(chars)
                i = j
            else:
                classes.append(c)
            i += 1
        compiled.append(classes)
    return compiled


_NUMERIC = {
    'd': _fixed('3[0-1]', '[1-2]D', '0[1-9]', '[1-9]', ' [1-9]'),
    'H': _fixed('2[0-3]', '[0-1]D', 'D'),
    'I': _fixed('1[0-2]', '0[1-9]', '[1-9]'),
    'G': _fixed('DDDD'),
    'j': _fixed('36[0-6]', '3[0-5]D', '[1-2]DD', '0[1-9]D', '00[1-9]', '[1-9]D', '0[1-9]', '[1-9]'),
    'm': _fixed('1[0-2]', '0[1-9]', '[1-9]'),
    'M': _fixed('[0-5]D', 'D'),
    'S': _fixed('6[0-1]', '[0-5]D', 'D'),
    'U': _fixed('5[0-3]', '[0-4]D', 'D'),
    'W': _fixed('5[0-3]', '[0-4]D', 'D'),
    'w': _fixed('[0-6]'),
    'u': _fixed('[1-7]'),
    'V': _fixed('5[0-3]', '0[1-9]', '[1-4]D', 'D'),
    'y': _fixed('DD'),
    'Y': _fixed('DDDD'),
}


def _match_fixed(alternatives, s, pos):
    for classes in alternatives:
        end = pos + len(classes)
        if end > len(s):
            continue
        for k, chars in enumerate(classes):
            if s[pos + k] not in chars:
                break
        else:
            yield end


def _digits_run(s, pos, most):
    n = 0
    while n < most and pos + n < len(s) and s[pos + n] in _DIGIT:
        n += 1
    return n


def _match_fraction(s, pos):
    # [0-9]{1,6}, greedy
    n = _digits_run(s, pos, 6)
    for k in range(n, 0, -1):
        yield pos + k


def _match_z(s, pos):
    # [+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z)
    if pos < len(s) and s[pos] in '+-' and _digits_run(s, pos + 1, 2) == 2:
        p = pos + 3
        for colon in ((1, 0) if p < len(s) and s[p] == ':' else (0,)):
            q = p + colon
            if q + 1 < len(s) and s[q] in '012345' and s[q + 1] in _DIGIT:
                q += 2
                # optional seconds group, tried first (greedy)
                for colon2 in ((1, 0) if q < len(s) and s[q] == ':' else (0,)):
                    r = q + colon2
                    if r + 1 < len(s) and s[r] in '012345' and s[r + 1] in _DIGIT:
                        r += 2
                        if r < len(s) and s[r] == '.':
                            n = _digits_run(s, r + 1, 6)
                            for k in range(n, 0, -1):
                                yield r + 1 + k
                        yield r
                yield q
    if pos < len(s) and s[pos] == 'Z':
        yield pos + 1


def _names(values):
    # CPython's __seqToRE: longest first, stable among equal lengths.
    values = sorted(values, key=len, reverse=True)
    return [v for v in values]


def _match_names(names, s, pos):
    for name in names:
        end = pos + len(name)
        if s[pos:end].lower() == name:
            yield end


class _Token(object):
    __slots__ = ('kind', 'group', 'data')

    def __init__(self, kind, group=None, data=None):
        self.kind = kind
        self.group = group
        self.data = data

    def candidates(self, s, pos):
        kind = self.kind
        if kind == 'lit':
            end = pos + len(self.data)
            if s[pos:end].lower() == self.data:
                yield end
        elif kind == 'ws':
            n = 0
            while pos + n < len(s) and s[pos + n].isspace():
                n += 1
            for k in range(n, 0, -1):
                yield pos + k
        elif kind == 'fixed':
            yield from _match_fixed(self.data, s, pos)
        elif kind == 'names':
            yield from _match_names(self.data, s, pos)
        elif kind == 'f':
            yield from _match_fraction(s, pos)
        elif kind == 'z':
            yield from _match_z(s, pos)


class TimeRE(object):
    """Compiles strptime formats into token lists."""

    def __init__(self, locale_time=None):
        self.locale_time = locale_time if locale_time else LocaleTime()
        lt = self.locale_time
        self._names = {
            'A': _names(lt.f_weekday), 'a': _names(lt.a_weekday),
            'B': _names(lt.f_month[1:]), 'b': _names(lt.a_month[1:]),
            'p': _names(lt.am_pm),
            'Z': _names(tz for tz_names in lt.timezone for tz in tz_names),
        }
        self._cache = {}

    def _directive(self, d, tokens, groups):
        lt = self.locale_time
        if d in _NUMERIC:
            tokens.append(_Token('fixed', d, _NUMERIC[d]))
        elif d in self._names:
            if not any(self._names[d]):
                tokens.append(_Token('lit', None, ''))
                return
            else:
                tokens.append(_Token('names', d, self._names[d]))
        elif d == 'f':
            tokens.append(_Token('f', 'f'))
        elif d == 'z':
            tokens.append(_Token('z', 'z'))
        elif d == 'c':
            self._compile(lt.LC_date_time, tokens, groups)
            return
        elif d == 'x':
            self._compile(lt.LC_date, tokens, groups)
            return
        elif d == 'X':
            self._compile(lt.LC_time, tokens, groups)
            return
        elif d == '%':
            tokens.append(_Token('lit', None, '%'))
            return
        else:
            raise KeyError(d)
        if d in groups:
            raise ValueError("redefinition of group name %r" % d)
        groups.add(d)

    def _compile(self, format, tokens, groups):
        i = 0
        n = len(format)
        while i < n:
            c = format[i]
            if c == '%':
                if i + 1 >= n:
                    raise IndexError(i)
                self._directive(format[i + 1], tokens, groups)
                i += 2
            elif c.isspace():
                while i < n and format[i].isspace():
                    i += 1
                tokens.append(_Token('ws'))
            else:
                tokens.append(_Token('lit', None, c.lower()))
                i += 1

    def compile(self, format):
        tokens = self._cache.get(format)
        if tokens is None:
            tokens = []
            self._compile(format, tokens, set())
            if len(self._cache) > 100:
                self._cache.clear()
            self._cache[format] = tokens
        return tokens


_TimeRE_cache = TimeRE()


def _match(tokens, s):
    """The first match of the tokens at the start of s in regex priority
    order: (end, {group: text}) or None. Groups are recorded in token
    order, as re's groupdict() lists them."""
    groups = {}
    ntok = len(tokens)

    def walk(i, pos):
        if i == ntok:
            return pos
        tok = tokens[i]
        for end in tok.candidates(s, pos):
            if tok.group is not None:
                groups[tok.group] = s[pos:end]
            r = walk(i + 1, end)
            if r is not None:
                return r
        if tok.group is not None:
            groups.pop(tok.group, None)
        return None

    end = walk(0, 0)
    return None if end is None else (end, groups)


# -------------------------------------------------------------- dates

def _isleap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


_DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
_DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _check_date(year, month, day):
    if not 1 <= year <= 9999:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    dim = 29 if month == 2 and _isleap(year) else _DAYS_IN_MONTH[month]
    if not 1 <= day <= dim:
        raise ValueError('day is out of range for month')


def _toordinal(year, month, day):
    _check_date(year, month, day)
    y = year - 1
    days_before_year = y * 365 + y // 4 - y // 100 + y // 400
    days_before_month = _DAYS_BEFORE_MONTH[month] + (month > 2 and _isleap(year))
    return days_before_year + days_before_month + day


def _fromordinal(n):
    if n < 1:
        raise ValueError('ordinal must be >= 1')
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = _isleap(year)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if preceding > n:
        month -= 1
        preceding -= (_DAYS_IN_MONTH[month] + (month == 2 and leap))
    n -= preceding
    if not 1 <= year <= 9999:
        raise ValueError('year %d is out of range' % year)
    return year, month, n + 1


def _weekday(year, month, day):
    return (_toordinal(year, month, day) + 6) % 7


def _calc_julian_from_U_or_W(year, week_of_year, day_of_week, week_starts_Mon):
    """Day of the year from a %U/%W week number and a weekday (Monday 0)."""
    first_weekday = _weekday(year, 1, 1)
    if not week_starts_Mon:
        first_weekday = (first_weekday + 1) % 7
        day_of_week = (day_of_week + 1) % 7
    week_0_length = (7 - first_weekday) % 7
    if week_of_year == 0:
        return 1 + day_of_week - first_weekday
    return 1 + week_0_length + 7 * (week_of_year - 1) + day_of_week


def _calc_julian_from_V(iso_year, iso_week, iso_weekday):
    """(Gregorian year, day of the year) from an ISO year, week and weekday (Monday 1)."""
    correction = _weekday(iso_year, 1, 4) + 1 + 3
    ordinal = iso_week * 7 + iso_weekday - correction
    if ordinal < 1:
        ordinal += _toordinal(iso_year, 1, 1)
        iso_year -= 1
        ordinal -= _toordinal(iso_year, 1, 1)
    return iso_year, ordinal


# ------------------------------------------------------------ strptime

def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """Return a 2-tuple consisting of a time struct and an int containing
    the number of microseconds based on the input string and the
    format string."""
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            msg = "strptime() argument {} must be str, not {}"
            raise TypeError(msg.format(index, type(arg)))
    locale_time = _TimeRE_cache.locale_time
    try:
        tokens = _TimeRE_cache.compile(format)
    except KeyError as err:
        bad_directive = err.args[0]
        del err
        raise ValueError("'%s' is a bad directive in format '%s'" % (bad_directive, format)) from None
    except IndexError:
        raise ValueError("stray %% in format '%s'" % format) from None
    found = _match(tokens, data_string)
    if found is None:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    end, found_dict = found
    if len(data_string) != end:
        raise ValueError("unconverted data remains: %s" % data_string[end:])

    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    iso_week = week_of_year = None
    week_of_year_start = None
    weekday = julian = None
    for key, value in found_dict.items():
        if key == 'y':
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif key == 'Y':
            year = int(value)
        elif key == 'G':
            iso_year = int(value)
        elif key == 'm':
            month = int(value)
        elif key == 'B':
            month = locale_time.f_month.index(value.lower())
        elif key == 'b':
            month = locale_time.a_month.index(value.lower())
        elif key == 'd':
            day = int(value)
        elif key == 'H':
            hour = int(value)
        elif key == 'I':
            hour = int(value)
            ampm = found_dict.get('p', '').lower()
            if ampm in ('', locale_time.am_pm[0]):
                if hour == 12:
                    hour = 0
            elif ampm == locale_time.am_pm[1]:
                if hour != 12:
                    hour += 12
        elif key == 'M':
            minute = int(value)
        elif key == 'S':
            second = int(value)
        elif key == 'f':
            fraction = int(value + "0" * (6 - len(value)))
        elif key == 'A':
            weekday = locale_time.f_weekday.index(value.lower())
        elif key == 'a':
            weekday = locale_time.a_weekday.index(value.lower())
        elif key == 'w':
            weekday = int(value)
            weekday = 6 if weekday == 0 else weekday - 1
        elif key == 'u':
            weekday = int(value) - 1
        elif key == 'j':
            julian = int(value)
        elif key in ('U', 'W'):
            week_of_year = int(value)
            week_of_year_start = 6 if key == 'U' else 0
        elif key == 'V':
            iso_week = int(value)
        elif key == 'z':
            z = value
            if z == 'Z':
                gmtoff = 0
            else:
                if z[3] == ':':
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ':':
                            raise ValueError(f"Inconsistent use of : in {value}")
                        z = z[:5] + z[6:]
                hours = int(z[1:3])
                minutes = int(z[3:5])
                seconds = int(z[5:7] or 0)
                gmtoff = hours * 3600 + minutes * 60 + seconds
                remainder = z[8:]
                gmtoff_fraction = int(remainder + "0" * (6 - len(remainder)))
                if z.startswith("-"):
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
        elif key == 'Z':
            found_zone = value.lower()
            for index, tz_values in enumerate(locale_time.timezone):
                if found_zone in tz_values:
                    if (time.tzname[0] == time.tzname[1] and time.daylight
                            and found_zone not in ("utc", "gmt")):
                        break
                    tz = index
                    break

    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with "
                             "the ISO week directive '%V' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not "
                             "compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
    elif week_of_year is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with "
                             "the ISO year directive '%G' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with "
                         "the year directive '%Y'. Use the ISO year '%G' "
                         "instead.")

    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904  # a leap year, so that Feb 29 is valid
        leap_year_fix = True
    elif year is None:
        year = 1900

    if julian is None and weekday is not None:
        if week_of_year is not None:
            julian = _calc_julian_from_U_or_W(year, week_of_year, weekday, week_of_year_start == 0)
        elif iso_year is not None and iso_week is not None:
            year, julian = _calc_julian_from_V(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _isleap(year) else 365

    if julian is None:
        julian = _toordinal(year, month, day) - _toordinal(year, 1, 1) + 1
    else:
        year, month, day = _fromordinal(julian - 1 + _toordinal(year, 1, 1))
    if weekday is None:
        weekday = _weekday(year, month, day)
    tzname = found_dict.get("Z")
    if leap_year_fix:
        year = 1900

    return (year, month, day, hour, minute, second, weekday, julian, tz, tzname, gmtoff), \
        fraction, gmtoff_fraction


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """Return a time struct based on the input string and the format string."""
    tt = _strptime(data_string, format)[0]
    return time.struct_time(tt[:time._STRUCT_TM_ITEMS])
