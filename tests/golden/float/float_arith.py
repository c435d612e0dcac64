# Float arithmetic, true division, mixing with ints, special values.
print(7 / 2, -7 / 2, 6 / 3, 1 / 3 * 3, 2**0.5 * 2**0.5, 10 / 4, 0 / 5, -0 / 5, 0.0 / -5)
print(3 * 1.5, 3 + 0.5, 3 - 0.5, 1.5 - 3, 2.5 ** 2, -2.5 ** 2, (-2.5) ** 2)
print(10**20 / 10**10, (10**20 + 1) / 1, 2**1000 / 2**999, 1 / 2**1000)
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / inf, 1 / inf, -1 / inf, inf > 1e308)
print(nan == nan, nan != nan, nan < 1, nan + 1, [nan] == [nan], nan is nan)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 5e-324 / 2)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(10**400 / 1)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(float(10**400))
except OverflowError as e:
    print("OverflowError:", e)
for expr in ["1 / 0", "1.0 / 0", "1 / 0.0", "0.0 / 0.0", "5 % 0.0", "2**100 / 0"]:
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "->", e)
x = 1.0
x += 2
x *= 3
x /= 4
x -= 0.25
x **= 2
x //= 1
x %= 3
print(x)
print(abs(-2.5), -(-2.5), +2.5, abs(-0.0), abs(-inf))
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0, 0.1 * 10)
