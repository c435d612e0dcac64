# Float formatting and conversions
vals = [0.1, 1 / 3, 2 / 3, 1e-5, 1e-4, 123456789.123, 1e16, 1e15, 1.5e300, -0.0, 100.0, 3.0, 2.5e-10]
for v in vals:
    print(repr(v), str(v), f"{v:.3f}", f"{v:g}", f"{v:e}", f"{v:.10g}")
print(0.1 + 0.2, 0.1 * 3, 1.1 * 1.1, 1 - 0.9, 3 * 1.1)
print(float("1e3"), float("  -2.5 "), float("inf"), float("-Infinity"), float("nan"), float("1_000.5"))
print(float(10 ** 20), float(2 ** 53 + 1), int(1e20), int(2.0 ** 60))
print(1e308 * 10, -1e308 * 10, (1e308 * 10) - (1e308 * 10))
nan = float("nan")
print(nan == nan, nan != nan, nan is nan, [nan] == [nan], nan < 1, nan > 1)
print(5.0.is_integer(), 5.5.is_integer(), (0.5).as_integer_ratio(), (0.1).as_integer_ratio())
print(2.5.hex(), float.fromhex("0x1.8p1"), (3.75).__trunc__(), float.__name__)
print(round(0.125, 2), round(0.375, 2), round(1e20, 2), round(-1.5), round(1.23456789, 4))
print(1e-7, 1e-6, 0.0001, 1e22, 1e21, 123e18, 1.0e-320, 5e-324)
print(7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2, 7 % -2.0, -0.0 % 5)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5.0 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0, abs(sum([0.1] * 10) - 1) < 1e-9)
print(10 ** 20 / 3, 2 ** 64 / 2 ** 32, 1 / 7, 22 / 7, 355 / 113)
print(f"{1/7:.15f}", "%.3f" % 2.0005, "%g" % 0.00001234, "%10.2e" % 1234.5)
print(max(1, 2.0), min(1.0, 1), 1 == 1.0, 3 > 2.999999, -0.0 == 0.0, str(-0.0))
print(complex(1, 2) * complex(3, -1), (1 + 2j).conjugate(), (3 + 4j).real, abs(1j), 1j ** 2)
