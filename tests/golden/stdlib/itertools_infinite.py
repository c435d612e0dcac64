# itertools: count, cycle, repeat (values and reprs).
import itertools as it

c = it.count()
print(next(c), next(c), repr(c))
print(list(it.islice(it.count(10), 3)), list(it.islice(it.count(1, 3), 4)), list(it.islice(it.count(5, -2), 4)))
print(list(it.islice(it.count(0.5, 0.25), 4)), list(it.islice(it.count(2 ** 64), 2)))
print(repr(it.count()), repr(it.count(5)), repr(it.count(5, 2)), repr(it.count(1.5)), repr(it.count(1, 1.0)), repr(it.count(0, -1)), repr(it.count(3, True)))
c = it.count(7, 3); next(c); next(c); print(repr(c))
print(list(zip(it.count(1), 'abc')))
print(list(it.islice(it.cycle('abc'), 7)), list(it.islice(it.cycle([1]), 3)), list(it.cycle([])))
src = iter([1, 2])
cy = it.cycle(src)
print([next(cy) for _ in range(5)], list(src))
print(list(it.repeat('x', 3)), list(it.repeat(1, 0)), list(it.repeat(1, -2)), list(it.islice(it.repeat(None), 2)))
r = it.repeat('ab', 3)
print(repr(r), r.__length_hint__(), next(r), repr(r), r.__length_hint__())
print(repr(it.repeat([1, 2])), repr(it.repeat(1, -5)), repr(it.repeat(object=2, times=2)))
print(list(map(pow, range(5), it.repeat(2))))
for f in [lambda: it.count('a'), lambda: it.count(1, 'b'), lambda: it.count(1, 2, 3), lambda: it.repeat(),
          lambda: it.repeat(1, 'x'), lambda: it.repeat(1).__length_hint__(), lambda: it.cycle(),
          lambda: it.cycle(5), lambda: it.cycle([1], [2])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(type(it.count()).__name__, type(it.cycle('')).__name__, type(it.repeat(1)).__name__, iter(c) is c)
