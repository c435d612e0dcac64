f(a=1, b=2)
f(x, key=lambda y: y)
f(**{'a': 1})
