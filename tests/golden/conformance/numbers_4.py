# int/float conversions and numeric repr edge cases
for s in ["0", "-0", "+7", "007", " 12 ", "1_2_3", "0x1F", "1e3", "١٢٣", "12_", "_1", "1__2", "3.0", "0b12"]:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for s in ["1.5", "-.5", "5.", "1e-3", "1E+3", "inf", "-nan", "1_0.5", "0x10", "1.2.3", " 3.25\n", "infinity", "+INF"]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
print(int("101", 2), int("777", 8), int("zz", 36), int("0x1f", 16), int("0o17", 0), int("0b11", 0), int("  -0x10 ", 0))
for args in [("10", 1), ("10", 37), ("0x", 16), ("08", 0)]:
    try:
        print(int(*args))
    except ValueError as e:
        print(args, "ValueError:", e)
try:
    int("5", base=10.0)
except TypeError as e:
    print("TypeError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    float([1])
except TypeError as e:
    print("TypeError:", e)
print(int(2.9999999999999996), int(-0.9), int(1e300) % 1000, float("1" * 30), int(float("1" * 30)))
print(10 ** 15 + 0.5, 2 ** 53, float(2 ** 53) + 1, 9007199254740993.0, 0.1 + 0.7, 1.1 + 2.2)
print(1 / 3 * 3, 4.35 * 100, round(4.35 * 100), 0.57 * 100, int(0.57 * 100))
print(divmod(1e300, 7.0), 1e300 // 7, 5 // 0.3, 5 % 0.3, -5 // 0.3)
print(2 ** 1000 // 3 ** 600, (2 ** 1000).bit_length(), str(7 ** 77)[:20], len(str(3 ** 1000)))
print(True / 2, 3 // True, 5 % True, -True, ~True, abs(False), True << 3)
print(0o17, 0xFF, 0b1010, 1_000_000, 0x_ff, 1e1_0, 10_0.5)
print(1.0 == 1, "skip", 3 * 0.1, 0.3 / 0.1, 100 * 1.1)
big = 10 ** 50
print(big + 0.0, big / 10 ** 49, big // 10 ** 49, float(big) == big, big == big + 0.0)
print(format(1e-5, ".3g"), format(123456, "e"), format(-1234.5678, "+,.2f"), format(0.1, ".1%"))
