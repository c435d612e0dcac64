x = 1
if x.real = 1:
    print("one")
