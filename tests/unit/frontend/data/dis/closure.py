def outer(a):
    b = 1
    def inner():
        return a + b
    return inner
