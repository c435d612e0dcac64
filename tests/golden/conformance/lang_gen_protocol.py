import itertools
def countdown(n):
    while n > 0:
        received = yield n
        if received is not None:
            n = received
        else:
            n -= 1
    return "liftoff"
g = countdown(5)
print(next(g), next(g), g.send(10), next(g))
try:
    g.send(1)
    next(g)
except StopIteration as e:
    print("returned", e.value)
def averager():
    total = count = 0
    avg = None
    while True:
        term = yield avg
        if term is None:
            break
        total += term
        count += 1
        avg = total / count
    return (count, avg)
def delegator(results, key):
    while True:
        results[key] = yield from averager()
results = {}
d = delegator(results, "k")
next(d)
for v in [10, 20, 60]:
    print("avg", d.send(v))
d.send(None)
print(results)
try:
    countdown(3).send(5)
except TypeError as e:
    print(e)
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
f = fin()
next(f)
f.close()
print("closed", f.gi_frame)
f = fin()
f.close()
print("close before start: no cleanup printed")
print(list(itertools.islice(itertools.count(10, 5), 4)))
print(list(itertools.takewhile(lambda x: x < 20, (x * x for x in itertools.count()))))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.islice(fib(), 12)), [x for x, _ in zip(fib(), range(5))])
def pep479():
    yield 1
    raise StopIteration("inside")
try:
    list(pep479())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
def gen_next_stop():
    it = iter([])
    yield next(it)
try:
    list(gen_next_stop())
except RuntimeError as e:
    print(e)
squares = (x * x for x in range(4))
print(type(squares).__name__, squares.__name__, sum(squares), sum(squares))
def inner():
    x = yield "inner1"
    print("inner got", x)
    yield "inner2"
    return "inner-ret"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "outer"
o = outer()
print(next(o), o.send("S"), next(o))
def thrower():
    try:
        yield from inner()
    except ValueError as e:
        yield f"outer caught {e}"
t = thrower()
next(t)
print(t.throw(ValueError("V")))
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
def yf():
    yield from It()
    yield from [7, 8]
    yield from "ab"
    yield from range(2)
print(list(yf()))
def yf_bad():
    yield from 5
try:
    list(yf_bad())
except TypeError as e:
    print(e)
gen_list = [x for x in (y * 2 for y in range(3))]
print(gen_list, list(zip(*[iter(range(6))] * 2)))
def recursive_gen(n):
    if n:
        yield n
        yield from recursive_gen(n - 1)
print(list(recursive_gen(5)))
g = (i for i in range(3))
print(next(g), list(g), list(g))
def gen_with_return():
    return 5
    yield
try:
    next(gen_with_return())
except StopIteration as e:
    print("value", e.value)
def lazy():
    print("started")
    yield
lz = lazy()
print("created")
next(lz)
print(list(enumerate(x for x in "ab")), dict((k, v) for k, v in [(1, 2)]))
