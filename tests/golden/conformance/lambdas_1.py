# Lambdas, sorting with lambdas, higher-order functions by hand
students = [
    {"name": "Zoe", "grade": 88, "age": 20},
    {"name": "adam", "grade": 92, "age": 22},
    {"name": "Bea", "grade": 88, "age": 19},
    {"name": "carl", "grade": 75, "age": 22},
]
print([s["name"] for s in sorted(students, key=lambda s: s["name"])])
print([s["name"] for s in sorted(students, key=lambda s: s["name"].lower())])
print([s["name"] for s in sorted(students, key=lambda s: (-s["grade"], s["age"]))])
print(max(students, key=lambda s: (s["age"], s["grade"]))["name"])
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))


def reduce(fn, seq, init=None):
    it = iter(seq)
    acc = next(it) if init is None else init
    for x in it:
        acc = fn(acc, x)
    return acc


print(reduce(lambda a, b: a * b, range(1, 8)), reduce(lambda a, b: a + [b * b], [1, 2, 3], []))
try:
    reduce(lambda a, b: a, [])
except StopIteration:
    print("StopIteration from empty reduce")
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3), curry("a")("b")("c"))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "**": lambda a, b: a ** b}
print({k: f(2, 5) for k, f in ops.items()})
print((lambda *a, **k: (a, k))(1, 2, x=3), (lambda x=[]: x)(), (lambda: None)())
f = lambda x: x
print(f.__name__, f.__qualname__, (lambda: 0).__code__.co_argcount, f.__defaults__)
try:
    (lambda x: x)()
except TypeError as e:
    print("TypeError:", e)
try:
    (lambda: 0)(1)
except TypeError as e:
    print("TypeError:", e)
adders = {n: (lambda x, n=n: x + n) for n in range(3)}
print([adders[n](10) for n in adders])
print(sorted(["b10", "a2", "b9", "a10"], key=lambda s: (s[0], int(s[1:]))))
print(list(filter(lambda w: w == w[::-1], ["level", "noon", "abc", "x"])))
print(sorted(range(-5, 6), key=lambda n: (n % 3, -n)))
