for i in range(3):
    for j in range(3):
        if j:
            continue
        print(i, j)
