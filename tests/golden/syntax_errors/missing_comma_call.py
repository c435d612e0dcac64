def total(a, b, c):
    return a + b + c


print(total(1,
            2
            3))
