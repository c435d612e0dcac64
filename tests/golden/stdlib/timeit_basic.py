# timeit: Timer with string and callable statements, a fake clock so the
# figures are deterministic, repeat/autorange, the module functions, the
# command line (main with _wrap_timer) and the errors.
import sys
import timeit


class FakeClock:
    """Advances by `step` seconds at each reading."""

    def __init__(self, step=0.001):
        self.now = 0.0
        self.step = step

    def __call__(self):
        self.now += self.step
        return self.now


runs = []
t = timeit.Timer("runs.append(1)", setup="runs.clear()", timer=FakeClock(), globals=globals())
print(round(t.timeit(number=7), 6), len(runs))
print([round(x, 6) for x in t.repeat(repeat=3, number=4)], len(runs))

calls = {'stmt': 0, 'setup': 0}


clock = FakeClock(0.0)


def stmt():
    calls['stmt'] += 1
    clock.now += 1 / 64


def setup():
    calls['setup'] += 1


t = timeit.Timer(stmt, setup, timer=clock)
print(t.timeit(10), calls)
steps = []
print(t.autorange(lambda n, s: steps.append((n, round(s, 3)))), steps)
print(timeit.timeit("x = 1", number=5, timer=FakeClock(0.5)))
print(timeit.repeat("x = 1", "y = 2", number=5, repeat=2, timer=FakeClock(0.25)))
print(timeit.timeit(stmt, number=3) >= 0, calls['stmt'])
print(timeit.default_timer is __import__('time').perf_counter,
      timeit.default_number, timeit.default_repeat, timeit.dummy_src_name)
multi = timeit.Timer("for i in range(3):\n    total += i", "total = 0", timer=FakeClock())
print(multi.timeit(2) > 0)
print(multi.src)

for bad in [dict(stmt=5), dict(setup=None), dict(stmt="return 1"), dict(stmt="x = ("),
            dict(setup="yield 1")]:
    try:
        timeit.Timer(**bad)
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, e)

t = timeit.Timer("1 / 0", timer=FakeClock())
try:
    t.timeit(1)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
    import io
    out = io.StringIO()
    t.print_exc(file=out)
    print(out.getvalue().splitlines()[-4:])


def wrap(timer):
    return FakeClock(0.3)


print(timeit.main(["-n", "10", "-r", "3", "pass"], _wrap_timer=wrap))
print(timeit.main(["-n", "100", "-u", "msec", "-s", "x = 1", "x + 1"], _wrap_timer=wrap))
print(timeit.main(["-v", "-r", "2", "pass"], _wrap_timer=wrap))
print(timeit.main(["-vv", "--number=3", "--repeat", "2", "pass"], _wrap_timer=wrap))
print(timeit.main(["-x"]))
print(timeit.main(["--numb"]))
print(timeit.main(["-n"]))
print(timeit.main(["--time=3"]))
saved, sys.stderr = sys.stderr, sys.stdout
print(timeit.main(["-u", "year", "pass"]))
sys.stderr = saved
print(timeit.main(["-h"]))
