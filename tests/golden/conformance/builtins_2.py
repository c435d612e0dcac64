# zip / enumerate / map / filter / reversed / iter / next / range
names = ["ann", "bob", "cy"]
ages = [31, 22, 45, 99]
print(list(zip(names, ages)), list(zip(names, ages, "xyz")), list(zip()))
print(dict(zip(names, ages)), list(zip(*[(1, "a"), (2, "b")])))
try:
    list(zip(names, ages, strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(enumerate(names)), list(enumerate(names, start=10)), list(enumerate("")))
print(list(map(len, names)), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str.upper, "ab")))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(10))))
print(list(reversed(names)), list(reversed(range(5))), "".join(reversed("abc")), list(reversed((1, 2))))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
it = iter(names)
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
r = range(10, 0, -3)
print(list(r), len(r), r[1], r[-1], 4 in r, 7 in r, r.index(4), r.count(7), r[::2], r[1:3])
print(range(5), range(1, 5), range(1, 10, 2), list(range(0)), list(range(5, 0)), range(0, 10, 3)[-1])
print(range(10 ** 20)[-1], len(range(0, 10 ** 12, 7)), range(3) == range(0, 3, 1), bool(range(0)))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(5)[10]
except IndexError as e:
    print("IndexError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
calls = iter(lambda: names.pop() if names else None, None)
print(list(calls))
m = map(int, ["1", "2", "x"])
print(next(m), next(m))
try:
    next(m)
except ValueError as e:
    print("ValueError:", e)
print(type(zip()).__name__, type(map(str, [])).__name__, type(enumerate([])).__name__, type(reversed([])).__name__)
print(list(zip(range(3), reversed(range(3)))), [i * j for i, j in zip(range(4), range(4, 0, -1))])
e = enumerate("ab")
print(iter(e) is e, next(e))
