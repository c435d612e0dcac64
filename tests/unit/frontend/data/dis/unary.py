a = 3
b = -a
c = +a
d = ~a
e = not a
