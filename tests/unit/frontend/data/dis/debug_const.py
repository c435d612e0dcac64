if __debug__:
    print(1)
x = not (a is b)
y = not (a in b)
