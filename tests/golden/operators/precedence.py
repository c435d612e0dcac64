# Operator precedence and associativity.
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2, 2 ** -1)
print(10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 100 / (10 / 5), 17 // 5 * 3, 17 % 5 * 3, 2 * 3 % 4)
print(1 + 2 << 3, 1 + (2 << 3), 1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), 6 & 3 << 1, ~1 + 1, -~5, ~-5)
print(1 < 2 and 3 < 4, not 1 + 1 == 3, 1 if 0 else 2 + 3, (1 if 0 else 2) + 3)
print(3 - -3, 3 + +3, - - 3, +-+3, 2 * -3, 2 ** -2 * 4)
print(5 & 3 == 1, (5 & 3) == 1, 1 == 1 in [True], "a" + "b" * 3, ("a" + "b") * 3)
print(not 0 and 0, not (0 and 0), 0 or 1 and 2, (0 or 1) and 0)
print([1, 2, 3][1:] + [4], {"a": 1}.get("a") + 1, (lambda x: x + 1)(2) * 3)
print(2 ** 2 ** 0, -3 ** 2, (-3) ** 2, 10 % 3 ** 2, -7 // 2 * 2, - 7 % 3)
x = 1
print(x << 2 + 1, x + 2 if x else 3, [x] * 2 + [3] * 2)
f = False
print(1 + 2 == x + 2 is not f, (1 + 2 == 3) is not f)
