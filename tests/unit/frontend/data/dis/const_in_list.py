x = 3
if x in [1, 2, 3]:
    print(1)
if x not in {4, 5}:
    print(2)
