# Uncaught exception inside a loop in a function called from a comprehension.
def check(n):
    if n > 2:
        raise ValueError(f"too big: {n}")
    return n * 10

for i in range(5):
    print("iteration", i, check(i))
