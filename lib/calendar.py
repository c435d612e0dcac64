"""Calendar printing and date helpers (CPython 3.11's `calendar`, basics).

Coil's own implementation. Invariants this module relies on:
- Weekdays are numbered 0 (Monday) .. 6 (Sunday); `Calendar.firstweekday`
  is kept in that range by taking it modulo 7 where it is used.
- Month and day names come from `datetime.date.strftime` (the C locale
  gives English names), as CPython's do.
- Padding days of a month grid are 0 (day numbers) or dates of the
  neighbouring months (date grids).
"""

import datetime
import sys

__all__ = ['IllegalMonthError', 'IllegalWeekdayError', 'setfirstweekday',
           'firstweekday', 'isleap', 'leapdays', 'weekday', 'monthrange',
           'monthcalendar', 'prmonth', 'month', 'prcal', 'calendar',
           'timegm', 'month_name', 'month_abbr', 'day_name', 'day_abbr',
           'Calendar', 'TextCalendar', 'HTMLCalendar', 'weekheader', 'MONDAY', 'TUESDAY',
           'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']

error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return 'bad month number %r; must be 1-12' % self.month


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return ('bad weekday number %r; must be 0 (Monday) to 6 (Sunday)' %
                self.weekday)


JANUARY = 1
FEBRUARY = 2
MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)

mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


class _Names:
    """Lazily formatted month or day names (indexable like a list)."""

    def __init__(self, count, fmt, make):
        self._count = count
        self._fmt = fmt
        self._make = make

    def __getitem__(self, i):
        items = [self._make(k, self._fmt) for k in range(self._count)]
        if isinstance(i, slice):
            return items[i]
        return items[i]

    def __len__(self):
        return self._count


def _month_str(k, fmt):
    if k == 0:
        return ''
    return datetime.date(2001, k, 1).strftime(fmt)


def _day_str(k, fmt):
    # 2001-01-01 was a Monday
    return datetime.date(2001, 1, k + 1).strftime(fmt)


day_name = _Names(7, '%A', _day_str)
day_abbr = _Names(7, '%a', _day_str)
month_name = _Names(13, '%B', _month_str)
month_abbr = _Names(13, '%b', _month_str)


def isleap(year):
    """Return True for leap years, False for non-leap years."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    """Number of leap years in range [y1, y2)."""
    y1 -= 1
    y2 -= 1
    return (y2 // 4 - y1 // 4) - (y2 // 100 - y1 // 100) + \
        (y2 // 400 - y1 // 400)


def weekday(year, month, day):
    """Return weekday (0-6 ~ Mon-Sun) for year, month (1-12), day (1-31)."""
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        year = 2000 + year % 400
    return datetime.date(year, month, day).weekday()


def monthrange(year, month):
    """(weekday of the first day, number of days) of a month."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    first = weekday(year, month, 1)
    ndays = mdays[month] + (month == FEBRUARY and isleap(year))
    return first, ndays


def _monthlen(year, month):
    return mdays[month] + (month == FEBRUARY and isleap(year))


def _prevmonth(year, month):
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _nextmonth(year, month):
    return (year + 1, 1) if month == 12 else (year, month + 1)


class Calendar(object):
    """Base calendar: weeks as lists, starting on `firstweekday`."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        for i in range(self.firstweekday, self.firstweekday + 7):
            yield i % 7

    def itermonthdays3(self, year, month):
        """(year, month, day) of every day of the weeks spanning a month."""
        first, ndays = monthrange(year, month)
        before = (first - self.firstweekday) % 7
        after = (self.firstweekday - first - ndays) % 7
        py, pm = _prevmonth(year, month)
        plen = _monthlen(py, pm)
        for d in range(plen - before + 1, plen + 1):
            yield py, pm, d
        for d in range(1, ndays + 1):
            yield year, month, d
        ny, nm = _nextmonth(year, month)
        for d in range(1, after + 1):
            yield ny, nm, d

    def itermonthdates(self, year, month):
        for y, m, d in self.itermonthdays3(year, month):
            yield datetime.date(y, m, d)

    def itermonthdays(self, year, month):
        first, ndays = monthrange(year, month)
        before = (first - self.firstweekday) % 7
        yield from [0] * before
        yield from range(1, ndays + 1)
        after = (self.firstweekday - first - ndays) % 7
        yield from [0] * after

    def itermonthdays2(self, year, month):
        for i, d in enumerate(self.itermonthdays(year, month),
                              self.firstweekday):
            yield d, i % 7

    def itermonthdays4(self, year, month):
        for i, (y, m, d) in enumerate(self.itermonthdays3(year, month)):
            yield y, m, d, (self.firstweekday + i) % 7

    @staticmethod
    def _weeks(items):
        return [items[i:i + 7] for i in range(0, len(items), 7)]

    def monthdatescalendar(self, year, month):
        return self._weeks(list(self.itermonthdates(year, month)))

    def monthdays2calendar(self, year, month):
        return self._weeks(list(self.itermonthdays2(year, month)))

    def monthdayscalendar(self, year, month):
        return self._weeks(list(self.itermonthdays(year, month)))

    def _year(self, fn, year, width):
        months = [fn(year, m) for m in range(1, 13)]
        return [months[i:i + width] for i in range(0, 12, width)]

    def yeardatescalendar(self, year, width=3):
        return self._year(self.monthdatescalendar, year, width)

    def yeardays2calendar(self, year, width=3):
        return self._year(self.monthdays2calendar, year, width)

    def yeardayscalendar(self, year, width=3):
        return self._year(self.monthdayscalendar, year, width)


def _center_join(cols, colwidth, spacing):
    return (' ' * spacing).join(c.center(colwidth) for c in cols)


class TextCalendar(Calendar):
    """Plain-text calendars."""

    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end='')

    def formatday(self, day, weekday, width):
        s = '' if day == 0 else '%2i' % day
        return s.center(width)

    def formatweek(self, theweek, width):
        return ' '.join(self.formatday(d, wd, width) for d, wd in theweek)

    def formatweekday(self, day, width):
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        return ' '.join(self.formatweekday(i, width)
                        for i in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        s = month_name[themonth]
        if withyear:
            s = '%s %r' % (s, theyear)
        return s.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end='')

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w = max(2, w)
        l = max(1, l)
        out = [self.formatmonthname(theyear, themonth,
                                    7 * (w + 1) - 1).rstrip(), '\n' * l,
               self.formatweekheader(w).rstrip(), '\n' * l]
        for week in self.monthdays2calendar(theyear, themonth):
            out.append(self.formatweek(week, w).rstrip())
            out.append('\n' * l)
        return ''.join(out)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w = max(2, w)
        l = max(1, l)
        c = max(2, c)
        colwidth = (w + 1) * 7 - 1
        out = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(),
               '\n' * l]
        header = self.formatweekheader(w)
        for i, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * i + 1, min(m * (i + 1) + 1, 13))
            out.append('\n' * l)
            out.append(_center_join(
                [self.formatmonthname(theyear, k, colwidth, False)
                 for k in months], colwidth, c).rstrip())
            out.append('\n' * l)
            out.append(_center_join([header for k in months], colwidth,
                                    c).rstrip())
            out.append('\n' * l)
            for j in range(max(len(cal) for cal in row)):
                weeks = [self.formatweek(cal[j], w) if j < len(cal) else ''
                         for cal in row]
                out.append(_center_join(weeks, colwidth, c).rstrip())
                out.append('\n' * l)
        return ''.join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end='')


class HTMLCalendar(Calendar):
    """Calendars as HTML tables."""
    cssclasses = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
    cssclasses_weekday_head = cssclasses
    cssclass_noday = 'noday'
    cssclass_month_head = 'month'
    cssclass_month = 'month'
    cssclass_year_head = 'year'
    cssclass_year = 'year'

    _TABLE = '<table border="0" cellpadding="0" cellspacing="0" class="%s">'

    def formatday(self, day, weekday):
        if day == 0:
            return '<td class="%s">&nbsp;</td>' % self.cssclass_noday
        return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)

    def formatweek(self, theweek):
        return '<tr>%s</tr>' % ''.join(self.formatday(d, wd)
                                       for d, wd in theweek)

    def formatweekday(self, day):
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day],
                                           day_abbr[day])

    def formatweekheader(self):
        return '<tr>%s</tr>' % ''.join(self.formatweekday(i)
                                       for i in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, withyear=True):
        name = month_name[themonth]
        if withyear:
            name = '%s %s' % (name, theyear)
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (
            self.cssclass_month_head, name)

    def formatmonth(self, theyear, themonth, withyear=True):
        rows = [self._TABLE % self.cssclass_month,
                self.formatmonthname(theyear, themonth, withyear=withyear),
                self.formatweekheader()]
        rows += [self.formatweek(week)
                 for week in self.monthdays2calendar(theyear, themonth)]
        rows.append('</table>')
        return '\n'.join(rows) + '\n'

    def formatyear(self, theyear, width=3):
        width = max(width, 1)
        out = [self._TABLE % self.cssclass_year, '\n',
               '<tr><th colspan="%d" class="%s">%s</th></tr>' % (
                   width, self.cssclass_year_head, theyear)]
        for first in range(1, 13, width):
            out.append('<tr>')
            for m in range(first, min(first + width, 13)):
                out.append('<td>%s</td>' % self.formatmonth(theyear, m,
                                                           withyear=False))
            out.append('</tr>')
        out.append('</table>')
        return ''.join(out)

    def formatyearpage(self, theyear, width=3, css='calendar.css',
                       encoding=None):
        if encoding is None:
            encoding = sys.getdefaultencoding()
        head = ['<?xml version="1.0" encoding="%s"?>\n' % encoding,
                '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n',
                '<html>\n', '<head>\n',
                '<meta http-equiv="Content-Type" content="text/html; '
                'charset=%s" />\n' % encoding]
        if css is not None:
            head.append('<link rel="stylesheet" type="text/css" href="%s" />'
                        '\n' % css)
        head += ['<title>Calendar for %d</title>\n' % theyear, '</head>\n',
                 '<body>\n', self.formatyear(theyear, width),
                 '</body>\n', '</html>\n']
        return ''.join(head).encode(encoding, 'xmlcharrefreplace')


c = TextCalendar()

firstweekday = c.getfirstweekday


def setfirstweekday(firstweekday):
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


monthcalendar = c.monthdayscalendar
prweek = c.prweek
week = c.formatweek
weekheader = c.formatweekheader
prmonth = c.prmonth
month = c.formatmonth
calendar = c.formatyear
prcal = c.pryear

_EPOCH_ORD = datetime.date(1970, 1, 1).toordinal()


def timegm(tuple):
    """Unrelated but handy function to calculate Unix timestamp from GMT."""
    year, month, day, hour, minute, second = tuple[:6]
    days = datetime.date(year, month, 1).toordinal() - _EPOCH_ORD + day - 1
    hours = days * 24 + hour
    minutes = hours * 60 + minute
    return minutes * 60 + second


def format(cols, colwidth=20, spacing=6):
    """Prints multi-column formatting for year calendars."""
    print(formatstring(cols, colwidth, spacing))


def formatstring(cols, colwidth=20, spacing=6):
    """Returns a string formatted from n strings, centered within n columns."""
    return _center_join(cols, colwidth, spacing)
