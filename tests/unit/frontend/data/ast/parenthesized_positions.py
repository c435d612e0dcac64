x = (a + b) * c
y = (not a) or (b)
z = (f)(x).y[0]
w = ((1, 2))
