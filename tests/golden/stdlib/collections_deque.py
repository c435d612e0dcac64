# collections.deque: both ends, maxlen, rotate, indexing, comparisons, reprs, errors.
from collections import deque

d = deque('ghi')
d.append('j'); d.appendleft('f')
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), list(d), list(reversed(d)))
d.extend('jkl'); d.extendleft('abc')
print(d, 'h' in d, 'z' in d, d.count('h'), d.index('h'), d.index('j', 2, 7))
d.rotate(1); print(d)
d.rotate(-3); print(d)
d.rotate(100); print(d)
d.reverse(); print(d)
d.remove('h'); print(d)
d.insert(2, 'X'); d.insert(-1, 'Y'); d.insert(100, 'Z'); print(d)
d[0] = 'first'; del d[1]; print(d, d[3])
d.clear(); print(d, bool(d), len(d))

b = deque(range(5), maxlen=3)
print(b, b.maxlen)
b.append(5); print(b)
b.appendleft(-1); print(b)
b.extend([10, 11]); print(b)
b.extendleft([20]); print(b)
print(deque(maxlen=0), deque([1, 2], maxlen=0), deque([], maxlen=2), deque(), deque([[1, 2], 'a', None]))
z = deque(maxlen=0); z.append(1); print(z)

print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1, 2]) != deque([2, 1]), deque([1, 2]) < deque([1, 3]), deque([2]) >= deque([1, 5]))
print(deque([1]) + deque([2, 3]), deque('ab') * 2, 2 * deque('c'), deque([1], maxlen=2) + deque([2, 3]))
e = deque([1]); e += [2, 3]; e *= 2; print(e)
f = deque([1, 2]); g = f.copy(); g.append(3); print(f, g, type(g).__name__)
r = deque([1]); r.append(r); print(r)
class MyDeque(deque):
    pass
print(MyDeque([1, 2]), MyDeque('ab', 5), type(MyDeque([1]).copy()).__name__)
print(list(deque(range(10), maxlen=4)), sum(deque(range(100))), deque(reversed(deque([1, 2, 3]))))

def tail(lines, n):
    return list(deque(lines, maxlen=n))
print(tail(['l%d' % i for i in range(10)], 3))

def moving_average(seq, n=3):
    window = deque(maxlen=n)
    out = []
    for x in seq:
        window.append(x)
        if len(window) == n:
            out.append(sum(window) / n)
    return out
print(moving_average([40, 30, 50, 46, 39, 44]))

for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1])[-2],
            lambda: deque([1]).remove(9), lambda: deque([1]).index(9), lambda: deque([1], maxlen=1).insert(0, 2),
            lambda: deque(maxlen=-1), lambda: deque(1), lambda: deque([1]) + [1],
            lambda: deque([1])['a'], lambda: deque([1]).rotate('a'), lambda: deque(maxlen='a')]:
    try:
        print(bad())
    except Exception as ex:
        print(type(ex).__name__, ex)
dm = deque([1, 2, 3])
try:
    for x in dm:
        dm.append(x)
except RuntimeError as ex:
    print('RuntimeError', ex)
