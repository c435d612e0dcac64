# Left and right shifts, including big results, negatives and errors.
for n in [0, 1, 5, -1, -5, 255, 2**64, -(2**64) - 1]:
    print(n, n << 1, n << 10, n >> 1, n >> 3, n >> 100, n << 70)
print(1 << 200, (1 << 200) >> 199, -1 >> 1000)
print(123456789 << 64 >> 64)
for expr in ["1 << -1", "1 >> -5", "1 << 1.0"]:
    try:
        print(eval(expr))
    except (ValueError, TypeError) as e:
        print(expr, "->", type(e).__name__, e)
x = 3
x <<= 4
print(x)
x >>= 2
print(x)
print(True << 3, 7 >> True)
