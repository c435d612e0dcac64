for i in range(10):
    continue
else:
    pass
for a, (b, c) in d:
    pass
for x, in y:
    pass
