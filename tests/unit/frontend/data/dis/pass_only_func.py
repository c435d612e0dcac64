def f():
    pass
def g():
    ...
def h():
    "doc"
