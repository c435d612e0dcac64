a = 2 * 3 + 4
b = "ab" * 3
c = -5
d = (1, 2, (3, 4))
e = 2 ** 10
f = 1 / 2
g = not True
h = "abc"[1]
