x = 1
y = 2
del x, y
def f():
    a = 1
    del a
