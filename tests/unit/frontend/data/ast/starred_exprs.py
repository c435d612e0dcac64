a, *b = c
print(*args)
x = [*a, *b]
y = {**a, 'b': 1}
z = *a, *b
