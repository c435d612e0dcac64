sum(x for x in y)
sum((x for x in y), 0)
f((a), (b))
