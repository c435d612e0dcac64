def f(x, y):
    a, a = x, y
    return a


def g(x, y, z):
    a, b, a = x, y, z
    b, c = c, b
    return a, b, c
