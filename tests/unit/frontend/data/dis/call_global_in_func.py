def f():
    return len([1, 2, 3]) + abs(-1)
