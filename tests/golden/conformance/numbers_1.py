# Big integers, divmod, floor division and modulo signs
print(2 ** 100, 2 ** 100 - 1, -(2 ** 64))
print(10 ** 30 // 7, 10 ** 30 % 7, divmod(10 ** 30, 7))
f = 1
for i in range(1, 31):
    f *= i
print(f, len(str(f)), str(f).count("0"))
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (7, 7)]:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
for a, b in [(7.5, 2), (-7.5, 2), (7, -2.5)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), pow(2, -2), 2 ** -1, (-8) ** (1 / 3) if False else "skip")
print(abs(-5), abs(-5.5), abs(3 + 4j), -(-3), +(-3))
print(int("ff", 16), int("0b101", 0), int("  42  "), int("1_000"), int("-0o17", 8), int("z", 36))
print(hex(255), oct(8), bin(10), hex(-255), bin(0), (255).bit_length(), (-1).bit_length())
print(int(3.99), int(-3.99), int("7"), int(True), round(2.5), round(3.5), round(-2.5), round(0.5))
print(round(2.675, 2), round(1234.5678, -2), round(15, -1), round(25, -1), round(7), type(round(7.0)).__name__)
print(7 & 3, 7 | 8, 7 ^ 2, ~7, 1 << 70, (1 << 70) >> 68, -16 >> 2)
print(True + True, True * 10, False - 1, 5 == 5.0, hash(5) == hash(5.0), 0.1 + 0.2 == 0.3)
print((123456789 ** 5) % 1000000007, 3 ** 3 ** 2, -2 ** 2, (-2) ** 2)
print(max(10 ** 20, 10 ** 19 * 11), min(-1, -1.0), sum(range(10 ** 6)))
print(int.from_bytes(b"\x01\x00", "big"), (1024).to_bytes(2, "little"), (5).__add__(3))
print(12345678901234567890 * 98765432109876543210)
print(divmod(-(10 ** 25), 3), (-(10 ** 25)) // 3, (-(10 ** 25)) % 3)
for bad in ["int('1.5')", "int('')", "int('0x10', 10)", "1 << -1", "pow(2, -1, 4)", "int('9', 8)"]:
    try:
        print(eval(bad))
    except ValueError as e:
        print(bad, "->", "ValueError:", e)
print(7 // 2 * 2 + 7 % 2, 2 ** 0.5, 4 ** 0.5, 10 / 4, 10 // 4.0)
