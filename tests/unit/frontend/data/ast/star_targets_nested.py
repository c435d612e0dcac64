[a, (b, *c)], d = e
for *a, b in c:
    pass
