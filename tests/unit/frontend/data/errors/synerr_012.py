x = 1 if y = 2 else 3
