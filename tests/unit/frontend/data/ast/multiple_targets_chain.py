a = b = c = d = 0
x, y = z = 1, 2
