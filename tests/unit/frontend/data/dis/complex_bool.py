def f(a, b, c):
    if (a or b) and c:
        return 1
    if a and (b or c):
        return 2
    x = a or b and c
    while not a and b:
        a = c
    return x if a or b else c
