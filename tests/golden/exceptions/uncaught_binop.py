# Uncaught TypeError in a binary operation: carets under the failing operator.
def total(prices):
    result = 0
    for p in prices:
        result = result + p
    return result

print(total([1, 2, 3]))
print(total([1, "2", 3]))
