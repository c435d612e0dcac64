def f():
    with a() as x, b() as y:
        return x + y
