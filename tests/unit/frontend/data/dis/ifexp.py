a = 1
b = 2 if a else 3
