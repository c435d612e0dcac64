# datetime: date/time/datetime/timezone/tzinfo: reprs, isoformat, strftime, timestamps (UTC),
# arithmetic, comparisons, hashing, pickling state, tzinfo subclasses, errors.
import datetime as D
from datetime import *
def t(f):
    try: r = f(); print(repr(r))
    except Exception as e: print(type(e).__name__, e)
dt = datetime(2020, 2, 29, 13, 5, 9, 4500)
print(repr(dt), str(dt), dt.isoformat(), dt.isoformat(' ', 'milliseconds'), dt.ctime(), dt.date(), dt.time(), repr(dt.timetz()))
for ts in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds', 'nanos']:
    t(lambda: dt.isoformat(timespec=ts)); t(lambda: dt.time().isoformat(ts))
print(dt.strftime('%Y-%m-%d %H:%M:%S.%f %j %a %A %b %B %p %I %w %U %W %y %% %z|%Z|'), format(dt, '%d/%m'), f'{dt:%H}', format(dt, ''))
print(date(2020, 1, 5).strftime('%A %d %B %Y %j'), time(7, 8, 9, 10).strftime('%H:%M:%S.%f %p'))
tz1 = timezone(timedelta(hours=5, minutes=30))
tz2 = timezone(-timedelta(hours=3), 'BRT')
a = datetime(2021, 6, 1, 12, 0, tzinfo=tz1)
print(repr(a), str(a), a.utcoffset(), a.tzname(), a.dst(), a.strftime('%z %Z'), repr(tz1), str(tz1), repr(tz2), str(tz2), tz2.tzname(None))
print(a.astimezone(timezone.utc), a.astimezone(tz2), a.timestamp(), a == a.astimezone(tz2), hash(a) == hash(a.astimezone(tz2)), a.utctimetuple()[:6], a.timetuple()[:9])
print(datetime.fromtimestamp(1600000000, timezone.utc), datetime.utcfromtimestamp(1600000000.5), datetime.fromtimestamp(0, tz1), datetime.utcfromtimestamp(-1.25), datetime.utcfromtimestamp(1.0000005), datetime.utcfromtimestamp(1.9999996))
print(datetime(2020, 1, 1, tzinfo=timezone.utc).timestamp(), datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=timezone.utc).timestamp())
print(datetime.combine(date(2020, 1, 2), time(3, 4, tzinfo=tz1)), datetime.combine(date(2020, 1, 2), time(3, 4), tz2), datetime.fromordinal(737000), repr(datetime.fromisocalendar(2020, 10, 3)))
t(lambda: datetime.combine(1, time())); t(lambda: datetime.combine(date(2020,1,1), 1))
n = datetime(2020, 1, 1, 12)
t(lambda: n < a); print(n == a, n != a, a - a.astimezone(tz2), a > datetime(2021, 6, 1, tzinfo=timezone.utc))
t(lambda: n - a); print(dt - n, n - dt, dt + timedelta(days=400, seconds=50000), dt - timedelta(weeks=300))
t(lambda: datetime.max + timedelta(microseconds=1)); t(lambda: datetime.min - timedelta(microseconds=1))
print(datetime.max, datetime.min, repr(datetime.resolution), time.max, repr(time.min), date.max, repr(date.min))
print(dt.replace(year=2021, day=28), dt.replace(tzinfo=tz1), repr(dt.replace(fold=1)), repr(time(1, 2, 3, fold=1)), repr(time(1, 2, tzinfo=tz2)), repr(time(1, 2, 0, 5)), repr(time(0)), repr(time(1, 2, 3)))
t(lambda: dt.replace(month=2, day=30)); t(lambda: dt.replace(hour=24)); t(lambda: datetime(2020, 1, 1, tzinfo=5)); t(lambda: time(tzinfo='x'))
print(dt.__reduce__(), a.__reduce__(), time(1, 2, 3, 4, tz1).__reduce__(), date(2020, 1, 2).__reduce__(), dt.replace(fold=1).__reduce_ex__(4))
for obj in [dt, a, time(1, 2, 3, 4, tz1), date(2020, 1, 2), dt.replace(fold=1)]:
    f, args = obj.__reduce_ex__(4)[:2]
    print(f(*args) == obj, repr(f(*args)))
class MyTZ(tzinfo):
    def __init__(self, h): self.h = h
    def utcoffset(self, dt): return timedelta(hours=self.h)
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return 'MY%+d' % self.h
    def __repr__(self): return 'MyTZ(%d)' % self.h
m = datetime(2020, 5, 5, 10, tzinfo=MyTZ(2))
print(repr(m), m.utcoffset(), m.tzname(), m.astimezone(timezone.utc), m.astimezone(MyTZ(-4)), m.strftime('%z %Z'), m == m.astimezone(MyTZ(-4)), m.timetuple().tm_isdst)
class Bad(tzinfo):
    def utcoffset(self, dt): return 5
class Bad2(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=25)
t(lambda: datetime(2020, 1, 1, tzinfo=Bad()).utcoffset()); t(lambda: datetime(2020, 1, 1, tzinfo=Bad2()).utcoffset()); t(lambda: tzinfo().utcoffset(None)); t(lambda: tzinfo().tzname(None)); t(lambda: tzinfo().dst(None))
t(lambda: timezone(timedelta(hours=24))); t(lambda: timezone(5)); t(lambda: timezone(timedelta(0), 5)); t(lambda: tz1.fromutc(dt)); t(lambda: tz1.utcoffset(5))
print(timezone(timedelta(0)) is timezone.utc, timezone(timedelta(0), 'UTC') == timezone.utc, timezone.min, timezone.max, repr(timezone(timedelta(seconds=61, microseconds=5))), str(timezone(timedelta(seconds=-61))), D.UTC is timezone.utc)
print(time(5, tzinfo=tz1) < time(1, tzinfo=timezone.utc), time(5) == time(5, 0), hash(time(5)) == hash(time(5, 0, 0, 0)), time(1, tzinfo=tz1).utcoffset(), bool(time(0)))
t(lambda: time(5) < time(5, tzinfo=tz1)); print(time(5) == time(5, tzinfo=tz1))
print(date(2020, 1, 1) == datetime(2020, 1, 1), date(2020, 1, 1) != datetime(2020, 1, 1)); t(lambda: date(2020, 1, 1) < datetime(2020, 1, 1)); t(lambda: datetime(2020, 1, 1) >= date(2020, 1, 1))
print(date(2020, 3, 1) - date(2019, 3, 1), date(2020, 3, 1) + timedelta(days=-366, hours=23), date(2020, 3, 1) - timedelta(seconds=1), sorted([date(2020, 1, 3), date(2019, 5, 5), date(2020, 1, 1)]))
t(lambda: date.max + timedelta(1)); t(lambda: date.fromordinal(0)); t(lambda: date.fromordinal(3652060)); t(lambda: date(10000, 1, 1)); t(lambda: date(2020, 0, 1)); t(lambda: date(2021, 2, 29)); t(lambda: date(2020, 4, 31)); t(lambda: date(2020.5, 1, 1)); t(lambda: time(-1)); t(lambda: time(0, 0, 0, -1)); t(lambda: datetime(2020, 1, 1, fold=2))
print(len({date(2020, 1, 1), date(2020, 1, 1), datetime(2020, 1, 1)}), {datetime(2020, 1, 1, tzinfo=tz1): 1}[datetime(2019, 12, 31, 18, 30, tzinfo=timezone.utc)])
print(type(datetime.now()).__name__, type(date.today()).__name__, datetime.now(timezone.utc).tzinfo, type(datetime.utcnow()).__name__)
print(D.MINYEAR, D.MAXYEAR, issubclass(datetime, date), isinstance(timezone.utc, tzinfo), D.timezone.__name__, date.__name__, datetime.__module__)
class MyDate(date): pass
class MyDT(datetime): pass
print(repr(MyDate(2020, 1, 1)), repr(MyDT(2020, 1, 1, 5)), type(MyDate(2020, 1, 1) + timedelta(1)).__name__, type(MyDT(2020, 1, 1) + timedelta(1)).__name__, type(MyDT.now()).__name__, repr(MyDate.fromordinal(5)), type(MyDT.fromisoformat('2020-01-01')).__name__)
t(lambda: dt.strftime(5)); t(lambda: format(dt, 5)); t(lambda: datetime.fromisoformat(5)); t(lambda: dt.isoformat(sep='ab'))
print(dt.timetuple(), date(2020, 12, 31).timetuple().tm_yday, time(1).replace(hour=5, tzinfo=tz1))
import copy
for obj in [datetime(2020, 1, 2, 3, 4, 5, 6, timezone.utc, fold=1), time(1, fold=1), date(2020, 1, 1), timedelta(5), tz2, timezone.utc]:
    print(repr(copy.copy(obj)), repr(copy.deepcopy(obj)), copy.copy(obj) == obj)
print(timezone.utc.__reduce__(), tz2.__reduce__(), MyTZ(3).__reduce__(), tzinfo().__reduce__())
class Plain(tzinfo):
    pass
print(Plain().__reduce__())
