# datetime.timedelta: construction with floats (half-even), arithmetic, str/repr, errors.
import datetime as D
from datetime import *
def t(f):
    try: r = f(); print(repr(r))
    except Exception as e: print(type(e).__name__, e)
# timedelta
for kw in [dict(days=1.5), dict(seconds=1e-7), dict(microseconds=0.5), dict(microseconds=1.5), dict(microseconds=-0.5), dict(hours=-1.25, minutes=3.3), dict(weeks=1, days=-8, seconds=0.1), dict(milliseconds=1.0005), dict(days=-1, seconds=-1)]:
    t(lambda: timedelta(**kw))
td = timedelta(days=3, hours=5, minutes=7, seconds=11, microseconds=13)
for r in [td * 2, td * 0.3, 0.5 * td, td / 3, td / 0.7, td // 4, td / timedelta(hours=1), td // timedelta(hours=1), td % timedelta(hours=1), divmod(td, timedelta(hours=7)), -td, abs(-td), +td, td - timedelta(days=10), td.total_seconds(), (-td).total_seconds(), str(-td), repr(-td), td == timedelta(days=3, seconds=18431, microseconds=13), td > timedelta(3), bool(timedelta(0)), timedelta.max, timedelta.min, repr(timedelta.resolution), str(timedelta(microseconds=-1)), timedelta(seconds=86399.9999999)]:
    print(repr(r))
t(lambda: timedelta(days=1e10)); t(lambda: timedelta(days='1')); t(lambda: timedelta(seconds=float('nan'))); t(lambda: td / 0); t(lambda: td // 0); t(lambda: td % timedelta(0)); t(lambda: timedelta.max + timedelta(1)); t(lambda: td / 0.0)
print(hash(td) == hash(timedelta(days=3, hours=5, minutes=7, seconds=11, microseconds=13)), td.__reduce__())
# errors whose text names the type: only the exception type (Coil's runtime
# spells heap-type names without the module)
for f in [lambda: td * 'x', lambda: td + 1, lambda: td < 1, lambda: date(2020, 1, 1) - 1]:
    try: f()
    except TypeError as e: print('TypeError')
