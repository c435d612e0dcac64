total = 0
for i in range(10):
    total += i
else:
    print(total)
for x in [1, 2, 3]:
    print(x)
