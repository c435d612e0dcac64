x = [1, 2]
x.append(3)
x.insert(0, 1)
x.sort(reverse=True)
