f()
f(1, 2, *a, k=3, **kw)
f(x for x in y)
f(*a, *b, c=1, **d, **e)
obj.method(a)(b)[c]
