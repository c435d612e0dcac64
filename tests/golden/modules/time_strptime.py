# time.strptime (lib/_strptime.py): every directive, regex-like backtracking,
# two-digit years, 12-hour clock, week numbers, ISO weeks, %z, %Z, errors.
import time
cases = [('12:30', '%H:%M'), ('2024-02-29', '%Y-%m-%d'), ('Mon Jan  1 00:00:00 2024', '%c'), ('x', '%Q'), ('1', '%'),
         ('2024-02-30','%Y-%m-%d'), ('1 2', '%d  %m'), ('12 pm','%I %p'), ('12 AM','%I %p'), ('3 pm','%I %p'),
         ('+0530','%z'), ('-05:30:15.5','%z'), ('Z','%z'), ('+05:3015','%z'), ('UTC','%Z'), ('gmt','%Z'),
         ('2024 1 1','%G %V %u'), ('2024 10','%G %V'), ('10 1','%V %u'), ('2021 53 7', '%G %V %u'),
         (5,'%d'), ('a', 5), ('31/12/99 23:59:59.5','%d/%m/%y %H:%M:%S.%f'), ('1112','%d%m'), ('123','%d'),
         ('Feb 29', '%b %d'), ('February 3 2023', '%B %d %Y'), ('monday 5 2024', '%A %U %Y'),
         ('Sun 0 2024', '%a %W %Y'), ('0 0 2023', '%w %U %Y'), ('100 2024', '%j %Y'), ('366 2023', '%j %Y'),
         ('12/31/98', '%x'), ('23:59:60', '%X'), ('%5', '%%%d'), ('  7', '%d'), (' 7', '%d'), ('07', '%y'),
         ('69', '%y'), ('68', '%y'), ('Thu Jan 01 00:00:00 1970', '%a %b %d %H:%M:%S %Y'),
         ('Thu Jan 01 00:00:00 1970',), ('2024-1-5T3:4:5', '%Y-%m-%dT%H:%M:%S'), ('MONDAY', '%A'),
         ('2024  12', '%Y %m'), ('2024\t\n12', '%Y %m'), ('202412', '%Y %m'), ('1 a', '%d a'), ('1 A', '%d a')]
for c in cases:
    try:
        print(c, tuple(time.strptime(*c)))
    except Exception as e:
        print(c, type(e).__name__, e)
import _strptime
print(_strptime._strptime('2024-03-04 +0100', '%Y-%m-%d %z'))
print(_strptime._strptime('1.25', '%S.%f'))
