# Uncaught UnboundLocalError: local assigned after use.
total = 100
def add(n):
    total = total + n
    return total
print(add(5))
