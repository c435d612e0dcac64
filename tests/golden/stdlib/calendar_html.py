# calendar.HTMLCalendar: month and year tables, week headers, XHTML year page (bytes), css class overrides.
import calendar
h = calendar.HTMLCalendar()
print(h.formatmonth(2020, 2))
print(h.formatmonth(2021, 8, withyear=False))
print(h.formatyear(2020, 4))
print(h.formatyear(2021, 0))
print(h.formatweekday(0), h.formatday(0, 1), h.formatday(5, 6), h.formatweekheader())
print(h.formatyearpage(2020))
print(h.formatyearpage(2020, 2, None, 'ascii'))
class Custom(calendar.HTMLCalendar):
    cssclasses = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
    cssclass_noday = 'empty'
print(Custom(6).formatmonth(2020, 3))
