# Uncaught StopIteration from next() on an exhausted iterator at module level
names = iter(["ann", "bob"])
print(next(names))
print(next(names))
print(next(names))
