xs = [1, 2, 3]
s = {x for x in xs}
d = {x: x * x for x in xs}
