# Generator functions: yield, state, StopIteration, return values, infinite generators.
def countdown(n):
    print("starting")
    while n > 0:
        yield n
        n -= 1
    print("done")
g = countdown(3)
print(type(g).__name__, "nothing run yet")
print(next(g))
print(list(g))
print(list(g))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def with_return():
    yield 1
    return "result"
gr = with_return()
print(next(gr))
try:
    next(gr)
except StopIteration as e:
    print("StopIteration value:", e.value)
def evens(limit):
    for i in range(limit):
        if i % 2 == 0:
            yield i
print(list(evens(10)), sum(evens(100)), max(evens(7)))
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
print(list(take(5, fib())))
def empty():
    return
    yield
print(list(empty()))
gen_obj = (lambda: (yield 5))()
print(next(gen_obj))
