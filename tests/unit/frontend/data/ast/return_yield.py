def f():
    return
def g():
    return 1, 2
def h():
    yield
    yield 1
    x = yield from y
    z = yield a, b
