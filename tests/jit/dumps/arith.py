def f(a, b):
    c = a + b
    if c > 10:
        return c - 1
    return c
