# time: conversions and formatting at fixed timestamps; clocks only by type.
import time

def show(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

print(type(time.time()), type(time.time_ns()), type(time.monotonic()), type(time.monotonic_ns()))
print(type(time.perf_counter()), type(time.perf_counter_ns()), type(time.process_time()), type(time.thread_time_ns()))
a = time.monotonic_ns()
time.sleep(0.01)
time.sleep(0)
print(time.monotonic_ns() - a >= 10_000_000, time.process_time() >= 0)

for ts in [0, 1, -1.5, 2.9, -2.9, 86399, 951782400, 1234567890, 1700000000.75, 4102444800, True]:
    show(f"gmtime({ts!r})", time.gmtime, ts)
g = time.gmtime(1234567890)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_isdst)
print(g[:3], len(g), g == (2009, 2, 13, 23, 31, 30, 4, 44, 0), type(g).__name__)

for ts in [0, 1e9, 1234567890]:
    print(time.mktime(time.localtime(ts)) == ts, time.localtime(ts) == time.localtime(ts))
    print(time.ctime(ts) == time.asctime(time.localtime(ts)))

show("asctime", time.asctime, (2000, 1, 1, 0, 0, 0, 0, 1, 0))
show("asctime", time.asctime, time.gmtime(1e9))
show("asctime", time.asctime, (-5, 12, 31, 23, 59, 61, 6, 366, 1))
show("asctime wday", time.asctime, (2000, 1, 1, 0, 0, 0, -2, 1, 0))
show("asctime hour", time.asctime, (2000, 1, 1, 24, 0, 0, 0, 1, 0))
show("asctime int", time.asctime, 5)
fmt = "%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %p %c %x %X %%"
for t in [time.gmtime(0), time.gmtime(1234567890), (2000, 0, 0, 0, 0, 0, 0, 0, 0), (12345, 12, 31, 23, 59, 59, 6, 366, 0)]:
    show("strftime", time.strftime, fmt, t)
show("strftime empty", time.strftime, "", (2000, 1, 1, 0, 0, 0, 0, 1, 0))
show("strftime month", time.strftime, "%Y", (2000, 13, 1, 0, 0, 0, 0, 1, 0))
show("strftime mday", time.strftime, "%Y", (2000, 1, 32, 0, 0, 0, 0, 1, 0))
show("strftime minute", time.strftime, "%Y", (2000, 1, 1, 0, 60, 0, 0, 1, 0))
show("strftime seconds", time.strftime, "%Y", (2000, 1, 1, 0, 0, 62, 0, 1, 0))
show("strftime yday", time.strftime, "%Y", (2000, 1, 1, 0, 0, 0, 0, 367, 0))
show("strftime short", time.strftime, "%Y", (1, 2))
show("strftime list", time.strftime, "%Y", [2000, 1, 1, 0, 0, 0, 0, 1, 0])
show("strftime float", time.strftime, "%Y", (2000.5, 1, 1, 0, 0, 0, 0, 1, 0))
show("strftime big", time.strftime, "%Y", (2**40, 1, 1, 0, 0, 0, 0, 1, 0))
show("strftime fmt", time.strftime, 1)
show("mktime short", time.mktime, (1,))
show("mktime big", time.mktime, (2**40, 1, 1, 0, 0, 0, 0, 1, 0))
show("sleep negative", time.sleep, -1)
show("sleep str", time.sleep, "a")
show("sleep nan", time.sleep, float("nan"))
show("sleep huge float", time.sleep, 1e300)
show("sleep huge int", time.sleep, 10**30)
show("gmtime nan", time.gmtime, float("nan"))
show("gmtime huge", time.gmtime, 1e300)
show("gmtime str", time.gmtime, "x")
show("gmtime bigint", time.gmtime, 10**30)
show("gmtime overflow", time.gmtime, 1e18)
show("clock info", time.get_clock_info, "nope")
for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    info = time.get_clock_info(name)
    print(name, info.implementation, info.monotonic, info.adjustable, type(info.resolution))
print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID)
print(type(time.timezone), type(time.altzone), time.daylight in (0, 1), type(time.tzname), len(time.tzname))
print(type(time.clock_gettime(time.CLOCK_MONOTONIC)), type(time.clock_gettime_ns(time.CLOCK_MONOTONIC)))
