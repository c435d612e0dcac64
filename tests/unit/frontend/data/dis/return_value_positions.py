def f(x):
    if x:
        return
    return 2
