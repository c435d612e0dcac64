total = 0
for v in ['1', 2]:
    total = total + v
