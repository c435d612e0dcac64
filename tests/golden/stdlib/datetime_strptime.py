# datetime.strptime: every directive of the C locale (%a %A %b %B %c %d %f %G %H %I %j %m %M %p %S %u %U %V %w %W %x %X %y %Y %z %Z %%),
# whitespace, case, ISO week rules, leftovers and errors.
from datetime import datetime
def t(s, f):
    try: print(repr(datetime.strptime(s, f)))
    except Exception as e: print(type(e).__name__, e)
for s, f in [('2020-01-02 03:04:05', '%Y-%m-%d %H:%M:%S'), ('2020-01-02T03:04:05.123', '%Y-%m-%dT%H:%M:%S.%f'), ('1/2/20', '%m/%d/%y'), ('1/2/70', '%m/%d/%y'),
             ('Mon Jan  6 12:30:00 2020', '%c'), ('Monday, January 06 2020', '%A, %B %d %Y'), ('mon jan 6 2020', '%a %b %d %Y'), ('12/31/99', '%x'), ('23:59:58', '%X'),
             ('03:04 PM', '%I:%M %p'), ('12:00 am', '%I:%M %p'), ('12:00 pm', '%I:%M %p'), ('7', '%I'), ('2020 100', '%Y %j'), ('2020 1 5', '%Y %W %w'), ('2020 0 0', '%Y %U %w'), ('2020 10 3', '%G %V %u'),
             ('2020-01-02 +0530', '%Y-%m-%d %z'), ('2020-01-02 -05:30:15.5', '%Y-%m-%d %z'), ('2020-01-02 Z', '%Y-%m-%d %z'), ('2020-01-02 UTC', '%Y-%m-%d %Z'), ('2020-01-02 +0100 GMT', '%Y-%m-%d %z %Z'),
             ('29 Feb', '%d %b'), ('2020-02-30', '%Y-%m-%d'), ('2020-01-02 extra', '%Y-%m-%d'), ('abc', '%Y'), ('2020', '%Y %q'), ('2020', '%'), ('  2020   01', '%Y %m'), ('2020%01', '%Y%%%m'),
             ('111', '%d%m'), ('1112020', '%d%m%Y'), ('20200102', '%Y%m%d'), ('2020 10', '%G %V'), ('2020 10 3', '%Y %V %u'), ('2020 100 1', '%G %j %u'), ('9', '%H'), ('24', '%H'), ('2020 5', '%Y %f'), ('JANUARY', '%B'),
             ('2020-01-02', '%Y-%m-%d %H'), ('x', 'x'), ('X', 'x'), ('', ''), ('10:61', '%M:%S')]:
    t(s, f)
try: datetime.strptime(5, '%Y')
except TypeError as e: print('TypeError', e)
