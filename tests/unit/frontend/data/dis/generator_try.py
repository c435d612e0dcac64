def gen():
    try:
        yield 1
    finally:
        yield 2
    x = yield
    return x
