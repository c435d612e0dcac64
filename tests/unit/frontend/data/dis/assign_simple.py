x = 1
y = x
z = x + y * 2
