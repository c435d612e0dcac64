del a
del a, b
del (a), [b]
del a.b, c[0]
del (a, b)
