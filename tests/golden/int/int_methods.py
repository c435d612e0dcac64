# int methods and attributes.
for n in [0, 1, -1, 7, -8, 255, 256, 2**64, -(2**64)]:
    print(n, n.bit_length(), n.bit_count(), n.real, n.imag, n.numerator, n.denominator)
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"),
      int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"", "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print((10).as_integer_ratio(), (-3).conjugate(), (5).__index__())
print(int.__name__, (7).__class__.__name__, isinstance(True, int), issubclass(bool, int))
print((17).__add__(3), (17).__sub__(3), (17).__mul__(3), (17).__floordiv__(3), (17).__mod__(3))
print((5).__truediv__(2), (5).__rtruediv__(2), (5).__neg__(), (5).__add__(1.0))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(7, 0), round(7))
print(abs(-5), -(-5), +(-5), 5 .real)
