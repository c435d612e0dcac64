# Arbitrary-precision integers: growth, mixed signs, equality with small ints.
print(2**100, -2**100, 2**100 + 1, 2**100 - 2**99)
print(2**64 * 2**64, (2**64) ** 3)
print(10**50 // 7, 10**50 % 7, -(10**50) // 7, -(10**50) % 7)
f = 1
for i in range(1, 31):
    f *= i
print("30! =", f)
print(f // 2**26, f % 1000003)
a = 123456789123456789123456789
b = 987654321987654321
print(a * b, a // b, a % b, divmod(a, b))
print(a + b, a - b, b - a, -a * -b)
print(2**100 == 1267650600228229401496703205376, 2**100 > 2**99, 2**100 < -1)
x = 2**70
print(x - x, (x - x) == 0, x // x, hash(x - x + 5) == hash(5))
print(abs(-2**100), -(-2**100), +2**100)
print((2**128 - 1).bit_length(), (2**128).bit_length(), (-2**128).bit_length())
print(sum(range(10**6)), sum(i * i for i in range(1000)))
n = 1
for _ in range(10):
    n = n * 1000003 + 7
print(n, str(n)[:10], len(str(n)))
print(int(str(2**200)) == 2**200, 2**200 != 2**200 + 1)
