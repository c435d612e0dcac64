def f(items):
    for i in items:
        if i:
            break
        print(i)
    return 0
