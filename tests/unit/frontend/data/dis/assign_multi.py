a = b = c = 0
a, b = b, a
a, b, c = c, b, a
x, *y = [1, 2, 3]
