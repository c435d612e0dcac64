xs = [1, 2, 3]
g = (x + 1 for x in xs)
print(sum(x for x in xs))
