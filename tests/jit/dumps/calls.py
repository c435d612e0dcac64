def g(x):
    return x

def f(obj):
    obj.count = g(obj.count)
    return obj.method(1, key=2)
