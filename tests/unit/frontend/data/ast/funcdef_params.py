def f(a, b=1, *args, c, d=2, **kwargs): pass
def g(a, /, b, *, c): pass
def h(a=1, /, b=2): pass
def i(*, a): pass
def j(**k): pass
