# &, |, ^, ~ on positive, negative and big ints; bools.
vals = [0, 1, 6, 12, -1, -6, -12, 255, 2**70 + 5, -(2**70) - 5]
for a in vals:
    print(a, ~a, -a - 1 == ~a)
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (2**70 + 5, -3), (-(2**70), 2**70 - 1)]:
    print(a & b, a | b, a ^ b)
print(True & False, True | False, True ^ True, type(True & True).__name__, ~True, ~False)
print(0xF0 | 0x0F, 0xFF & 0x0F, 0xFF ^ 0x0F, ~0xFF & 0xFFFF)
x = 0b1010
x |= 0b0101
print(bin(x))
x &= 0b0110
print(bin(x))
x ^= 0b1111
print(bin(x))
for expr in ["1 & 1.0", "1.5 | 2", "~1.5", "'a' ^ 1"]:
    try:
        eval(expr)
    except TypeError as e:
        print(type(e).__name__, e)
print((-1).bit_count() if hasattr(int, "bit_count") else "-", (255).bit_count(), (-255).bit_count())
