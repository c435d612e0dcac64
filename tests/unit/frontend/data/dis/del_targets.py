def f(a):
    del a.b, a[0], a[1:2]
    x = y = 1
    del (x, y)
    [a] = [1]
    del [a]
