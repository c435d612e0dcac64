def f(x):
    while x is not None:
        x = x.next
    return [y for y in x if y is None]
