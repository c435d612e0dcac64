def f():
    x: int = 1
    y: list
    return x
