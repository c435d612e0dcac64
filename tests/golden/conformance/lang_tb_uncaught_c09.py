def f(x):
    return x ** 2 / (x - x)
print([f(i) for i in range(3)])
