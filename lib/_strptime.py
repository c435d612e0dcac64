"""strptime for datetime (CPython 3.11's `_strptime` semantics, C locale).

Coil's own implementation, without regular expressions: the format is
compiled into a list of items (literals, whitespace runs, directives) and
matched by a backtracking matcher that tries each directive's alternatives
in the order CPython's regular expressions do, so the same text is taken.

Invariants:
- Matching is case-insensitive, like CPython's IGNORECASE pattern; a run
  of whitespace in the format matches one or more whitespace characters.
- The first complete match wins (the pattern is not anchored at the end);
  what is left over is reported as "unconverted data remains".
- Names are the C locale's (English), as `time.strftime` gives them.
"""

import datetime as _dt

_DIGITS = '0123456789'

# Numeric directives: alternatives in CPython's regex order, each a list of
# character sets, one per character.
_NUMERIC = {
    'd': ['3 01', '12 D', '0 123456789', '123456789', '  123456789'],
    'H': ['2 0123', '01 D', 'D'],
    'I': ['1 012', '0 123456789', '123456789'],
    'G': ['D D D D'],
    'j': ['3 6 0123456', '3 012345 D', '12 D D', '0 123456789 D',
          '0 0 123456789', '123456789 D', '0 123456789', '123456789'],
    'm': ['1 012', '0 123456789', '123456789'],
    'M': ['012345 D', 'D'],
    'S': ['6 01', '012345 D', 'D'],
    'U': ['5 0123', '01234 D', 'D'],
    'W': ['5 0123', '01234 D', 'D'],
    'w': ['0123456'],
    'u': ['1234567'],
    'V': ['5 0123', '0 123456789', '1234 D', 'D'],
    'y': ['D D'],
    'Y': ['D D D D'],
}


def _sets(alt):
    if alt.startswith('  '):  # a leading space, then the rest
        return [' '] + [s.replace('D', _DIGITS) for s in alt[2:].split(' ')]
    return [s.replace('D', _DIGITS) for s in alt.split(' ')]


_NUMERIC = {k: [_sets(a) for a in v] for k, v in _NUMERIC.items()}

_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
         'sunday']
_DAYS_ABBR = [d[:3] for d in _DAYS]
_MONTHS = ['', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
           'august', 'september', 'october', 'november', 'december']
_MONTHS_ABBR = [m[:3] for m in _MONTHS]
_NAME_LISTS = {'a': _DAYS_ABBR, 'A': _DAYS, 'b': _MONTHS_ABBR, 'B': _MONTHS,
               'p': ['am', 'pm']}


def _names(seq):
    """Alternatives of a name directive: longest first (CPython's order)."""
    items = [s for s in seq if s]
    return sorted(items, key=len, reverse=True)


def _tznames():
    try:
        import time
        names = {n.lower() for n in time.tzname}
    except Exception:
        names = set()
    names |= {'utc', 'gmt'}
    return _names(sorted(names))


_LOCALE_EXPANSIONS = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y',
                      'X': '%H:%M:%S'}


class _Item:
    __slots__ = ('kind', 'value')

    def __init__(self, kind, value):
        self.kind = kind
        self.value = value


def _compile(fmt):
    """The format as a list of items; ValueError for a bad directive."""
    items = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch == '%':
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % fmt)
            d = fmt[i + 1]
            i += 2
            if d in _LOCALE_EXPANSIONS:
                items.extend(_compile(_LOCALE_EXPANSIONS[d]))
            elif d == '%':
                items.append(_Item('lit', '%'))
            elif d in _NUMERIC or d in 'fzZaAbBp':
                items.append(_Item('dir', d))
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" %
                                 (d, fmt))
        elif ch.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            items.append(_Item('ws', None))
        else:
            items.append(_Item('lit', ch.lower()))
            i += 1
    return items


def _candidates(d, s, pos):
    """(length, value) of each way directive d can match at s[pos:]."""
    if d in _NUMERIC:
        for alt in _NUMERIC[d]:
            k = len(alt)
            part = s[pos:pos + k]
            if len(part) == k and all(c in cs for c, cs in zip(part, alt)):
                yield k, part
        return
    low = s[pos:].lower()
    if d == 'f':
        k = 0
        while k < 6 and k < len(low) and low[k] in _DIGITS:
            k += 1
        for m in range(k, 0, -1):
            yield m, s[pos:pos + m]
        return
    if d in 'aAbBpZ':
        names = _names(_NAME_LISTS[d]) if d != 'Z' else _tznames()
        for name in names:
            if low.startswith(name):
                yield len(name), s[pos:pos + len(name)]
        return
    if d == 'z':
        for k in _z_lengths(s, pos):
            yield k, s[pos:pos + k]


def _z_lengths(s, pos):
    """Match lengths of [+-]HH:?MM(:?SS(.f{1,6})?)? or 'Z', longest first."""
    if s[pos:pos + 1] == 'Z':
        yield 1
        return
    if s[pos:pos + 1] not in ('+', '-'):
        return

    def dig(p, k):
        return len(s) >= p + k and all(c in _DIGITS for c in s[p:p + k])

    p = pos + 1
    if not dig(p, 2):
        return
    p += 2
    if s[p:p + 1] == ':':
        p += 1
    if not (dig(p, 2) and s[p] in '012345'):
        return
    p += 2
    base = p
    q = p
    if s[q:q + 1] == ':':
        q += 1
    if dig(q, 2) and s[q] in '012345':
        q += 2
        if s[q:q + 1] == '.':
            k = 0
            while k < 6 and dig(q + 1 + k, 1):
                k += 1
            for m in range(k, 0, -1):
                yield q + 1 + m - pos
        yield q - pos
    yield base - pos


def _match(items, s):
    """Backtracking match of items at the start of s: (end, groups) or None.

    Like a regex group, a directive appearing twice keeps its last value."""
    groups = {}

    def rec(i, pos):
        if i == len(items):
            return pos
        it = items[i]
        if it.kind == 'lit':
            if pos < len(s) and s[pos].lower() == it.value:
                return rec(i + 1, pos + 1)
            return None
        if it.kind == 'ws':
            end = pos
            while end < len(s) and s[end].isspace():
                end += 1
            for e in range(end, pos, -1):
                r = rec(i + 1, e)
                if r is not None:
                    return r
            return None
        for k, val in _candidates(it.value, s, pos):
            old = groups.get(it.value)
            groups[it.value] = val
            r = rec(i + 1, pos + k)
            if r is not None:
                return r
            if old is None:
                del groups[it.value]
            else:
                groups[it.value] = old
        return None

    end = rec(0, 0)
    if end is None:
        return None
    return end, groups


def _first_weekday_julian(year, week_of_year, day_of_week, week_starts_mon):
    first_weekday = _dt.date(year, 1, 1).weekday()
    if not week_starts_mon:
        first_weekday = (first_weekday + 1) % 7
        day_of_week = (day_of_week + 1) % 7
    week_0_length = (7 - first_weekday) % 7
    if week_of_year == 0:
        return 1 + day_of_week - first_weekday
    days_to_week = week_0_length + (7 * (week_of_year - 1))
    return 1 + days_to_week + day_of_week


def _iso_year_julian(iso_year, iso_week, iso_weekday):
    """(year, day of year) of an ISO date. Like CPython, the week is not
    range-checked: week 53 of a 52-week year runs into the next year and
    the day of the year then exceeds 365."""
    jan4 = _dt.date(iso_year, 1, 4)
    # Day of the year (1-based) of the Monday of ISO week 1.
    week1_monday = 4 - (jan4.isoweekday() - 1)
    julian = week1_monday + (iso_week - 1) * 7 + (iso_weekday - 1)
    if julian < 1:
        iso_year -= 1
        julian += 366 if _is_leap(iso_year) else 365
    return iso_year, julian


def _strptime(data_string, format='%a %b %d %H:%M:%S %Y'):
    """(fields tuple, fraction, gmtoff_fraction) parsed from data_string."""
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            msg = 'strptime() argument {} must be str, not {}'
            raise TypeError(msg.format(index, type(arg)))
    items = _compile(format)
    found = _match(items, data_string)
    if found is None:
        raise ValueError('time data %r does not match format %r' %
                         (data_string, format))
    end, g = found
    if len(data_string) != end:
        raise ValueError('unconverted data remains: %s' % data_string[end:])

    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    iso_week = week_of_year = None
    week_of_year_start = None
    weekday = julian = None
    for key in g:
        v = g[key]
        if key == 'y':
            year = int(v)
            year += 2000 if year <= 68 else 1900
        elif key == 'Y':
            year = int(v)
        elif key == 'G':
            iso_year = int(v)
        elif key == 'm':
            month = int(v)
        elif key in ('B', 'b'):
            low = v.lower()
            month = (_MONTHS.index(low) if low in _MONTHS
                     else _MONTHS_ABBR.index(low))
        elif key == 'd':
            day = int(v)
        elif key == 'H':
            hour = int(v)
        elif key == 'I':
            hour = int(v)
            ampm = g.get('p', '').lower()
            if ampm in ('', 'am'):
                if hour == 12:
                    hour = 0
            elif ampm == 'pm':
                if hour != 12:
                    hour += 12
        elif key == 'M':
            minute = int(v)
        elif key == 'S':
            second = int(v)
        elif key == 'f':
            fraction = int(v + '0' * (6 - len(v)))
        elif key in ('A', 'a'):
            low = v.lower()
            weekday = (_DAYS.index(low) if low in _DAYS
                       else _DAYS_ABBR.index(low))
        elif key == 'w':
            weekday = int(v)
            weekday = 6 if weekday == 0 else weekday - 1
        elif key == 'u':
            weekday = int(v) - 1
        elif key == 'j':
            julian = int(v)
        elif key in ('U', 'W'):
            week_of_year = int(v)
            week_of_year_start = 6 if key == 'U' else 0
        elif key == 'V':
            iso_week = int(v)
        elif key == 'z':
            if v == 'Z':
                gmtoff = 0
            else:
                z = v
                if z[3] == ':':
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ':':
                            raise ValueError("Inconsistent use of : in %s" %
                                             v)
                        z = z[:5] + z[6:]
                hours = int(z[1:3])
                minutes = int(z[3:5])
                seconds = int(z[5:7] or 0)
                gmtoff = (hours * 60 * 60) + (minutes * 60) + seconds
                gmtoff_remainder = z[8:]
                gmtoff_fraction = int(gmtoff_remainder +
                                      '0' * (6 - len(gmtoff_remainder))) \
                    if gmtoff_remainder else 0
                if z.startswith('-'):
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
        elif key == 'Z':
            tz = _zone_isdst(v.lower())
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with "
                             "the ISO week directive '%V' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not "
                             "compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
    elif iso_week is not None and week_of_year is None:
        # Without %G the week number cannot be placed: CPython names the
        # missing weekday first, otherwise the (possibly implied) %Y.
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with "
                             "the ISO year directive '%G' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with "
                         "the year directive '%Y'. Use the ISO year "
                         "'%G' instead.")
    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_year_fix = True
    elif year is None:
        year = 1900
    if julian is None and weekday is not None:
        if week_of_year is not None:
            week_starts_mon = week_of_year_start == 0
            julian = _first_weekday_julian(year, week_of_year, weekday,
                                           week_starts_mon)
        elif iso_year is not None and iso_week is not None:
            year, julian = _iso_year_julian(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            yday = 366 if _is_leap(year) else 365
            julian += yday
    if julian is None:
        julian = (_dt.date(year, month, day).toordinal() -
                  _dt.date(year, 1, 1).toordinal()) + 1
    else:
        d = _dt.date.fromordinal((julian - 1) +
                                 _dt.date(year, 1, 1).toordinal())
        year, month, day = d.year, d.month, d.day
    if weekday is None:
        weekday = _dt.date(year, month, day).weekday()
    if leap_year_fix:
        year = 1900
    return ((year, month, day, hour, minute, second, weekday, julian, tz,
             g.get('Z'), gmtoff), fraction, gmtoff_fraction)


def _zone_isdst(zone):
    """tm_isdst for a %Z match: 0 for UTC/GMT and the standard zone name,
    1 for the daylight one, -1 when ambiguous or unknown."""
    import time
    std = time.tzname[0].lower()
    dst = time.tzname[1].lower() if time.daylight else None
    if zone in ('utc', 'gmt'):
        return 0
    if zone == std:
        if time.tzname[0] == time.tzname[1] and time.daylight:
            return -1
        return 0
    if zone == dst:
        if time.tzname[0] == time.tzname[1]:
            return -1
        return 1
    return -1


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _strptime_datetime(cls, data_string, format='%a %b %d %H:%M:%S %Y'):
    """A cls instance from data_string parsed with format."""
    tt, fraction, gmtoff_fraction = _strptime(data_string, format)
    tzname, gmtoff = tt[-2:]
    args = tt[:6] + (fraction,)
    if gmtoff is not None:
        tzdelta = _dt.timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        if tzname:
            tz = _dt.timezone(tzdelta, tzname)
        else:
            tz = _dt.timezone(tzdelta)
        args += (tz,)
    return cls(*args)


def _strptime_time(data_string, format='%a %b %d %H:%M:%S %Y'):
    """A time.struct_time parsed from data_string (for time.strptime)."""
    import time
    tt = _strptime(data_string, format)[0]
    return time.struct_time(tt[:9])
