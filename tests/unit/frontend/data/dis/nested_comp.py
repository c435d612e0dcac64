m = [[1, 2], [3, 4]]
flat = [y for x in m for y in x if y]
