import math
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, -0.0 % 5, 0.0 % -5)
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, -2), divmod(-2**70, 3), divmod(2**70, -7))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(2.675, 2), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(3.14159, 3), round(-3.5), type(round(3.5)), type(round(3.5, 0)), round(5, 1), round(1e300, -300) if False else "")
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(3, -1, 7), pow(-2, 3), (-8) ** (1/3) if False else "", pow(0, 0))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(e)
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    for op in ("/", "//", "%"):
        try:
            eval(f"{a!r} {op} {b!r}")
        except ZeroDivisionError as e:
            print(a, op, b, "->", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print(e)
print(2 ** 100, -2 ** 100, (-2) ** 101, 10 ** 30 // 7, 10 ** 30 % 7, -(10 ** 30) // 7)
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-7, 0.0001, 5e-324, 1.7976931348623157e308)
print(repr(1.1), str(2.5), 1e22, 1e21, 1.0e-5, float("1e500"), -float("inf"), float("-nan"))
print(-0.0, 0.0 == -0.0, math.copysign(1, -0.0), str(-0.0), repr(-0.0 + 0.0), abs(-0.0))
n = float("nan")
print(n == n, n is n, n > 0, n < 0, max(n, 1), max(1, n), min(n, 1), sorted([3, n, 1]) if False else "")
big = 10 ** 400
print(big > 1e308, big < float("inf"), 2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 53 + 1 > 2.0 ** 53, -big < -1e308)
try:
    float(big)
except OverflowError as e:
    print(e)
try:
    big / 3
except OverflowError as e:
    print(e)
print(big // 10 ** 399, 10 ** 400 / 10 ** 399, 1 / 10 ** 400)
print(int(1e20), int(-3.9), int("  42  "), int("-0x1f", 16), int("0b101", 0), int("1_000"), int(3.99999), int(True))
for bad in ["1.5", "", "abc", "1__0", "0x", " "]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
try:
    int(float("nan"))
except ValueError as e:
    print(e)
for s in ["1.5", "-1e3", "inf", "-Infinity", "nan", "  2.5  ", "1_0.5", "0x10"]:
    try:
        print(repr(float(s)))
    except ValueError as e:
        print(e)
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (-1).to_bytes(2, "big", signed=True))
print((10).bit_length(), (-255).bit_length(), (2**100).bit_count() if hasattr(int, "bit_count") else "", (7).as_integer_ratio(), (0.75).as_integer_ratio())
print(1.5.hex(), float.fromhex("0x1.8p1"), (3.0).is_integer(), 10/4, 10//4, 2**-2, 1e3 == 1000)
print(True + True, True * 3, -True, ~True, True / 2, bool(0.0), bool(-0.0), bool(float("nan")))
print(0.1 * 3, 0.1 * 3 == 0.3, math.isclose(0.1 * 3, 0.3), round(0.1 * 3, 15), 1 - 0.9)
print(3 == 3.0, hash(3) == hash(3.0), 1 < 1.5 < 2, 10 ** 20 == 1e20, 10 ** 23 == 1e23)
print(abs(-5), abs(-5.5), abs(3 + 4j), complex(1, 2) * 1j, (1 + 2j).conjugate(), (1j) ** 2)
print(int.__floordiv__(7, 2), float.__mod__(7.0, 2), (5).__rsub__(3), (5).__radd__(1.0))
print(sum([0.1] * 10), math.fsum([0.1] * 10), sum(range(101)), sum([1, 2], 0.5))
print(format(1234567.891, ",.2f"), format(0.5, ".0%"), format(1e-10, ".2e"), format(123.456, "10.1f"), format(5, "b"))
print(max([1, 5, 3], key=lambda v: -v), min("hello"), max([], default="empty"), max((1, "a"), (1, "b")))
print(10 ** -2, 2 ** 0.5, (-1) ** 0.5, 4 ** 0.5, 8 ** (1/3))
