a, b, c = 1, 2, 3
x = a < b < c
if a < b <= c:
    print("yes")
