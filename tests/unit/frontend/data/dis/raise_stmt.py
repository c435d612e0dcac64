def f(x):
    if x:
        raise ValueError("bad")
    raise ValueError from None
