def f():
    while True:
        x = g()
        if x:
            break
    return x
