# Floor division and modulo with every sign combination; divmod; zero divisors.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3),
         (1, 10), (-1, 10), (2**65 + 3, 7), (-(2**65) - 3, 7), (7, 2**65), (-7, 2**65)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), (a // b) * b + a % b == a)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (7, 0.5), (-0.0, 1), (5, -0.3)]:
    print(a, b, a // b, a % b, divmod(a, b))
for expr in ["1 // 0", "1 % 0", "divmod(1, 0)", "1.0 // 0", "1 % 0.0", "divmod(1.5, 0.0)", "2**100 // 0"]:
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "->", type(e).__name__, e)
print(-1 % 3, -1 // 3, 1 % -3, 1 // -3)
print(-(7 // 2), -7 // 2, 7 // 2 * -1)
