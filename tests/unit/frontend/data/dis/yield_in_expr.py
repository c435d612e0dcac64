def g():
    x = (yield)
    y = yield x + 1
    z = (yield) if x else 0
    return y
