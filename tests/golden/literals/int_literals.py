# Every integer literal form: decimal, hex, octal, binary, underscores, big values.
print(0, 00, 0_0, 7, 1_000_000)
print(0x0, 0xff, 0XFF, 0xDead_Beef, 0x_1f)
print(0o0, 0o17, 0O777, 0o_12)
print(0b0, 0b1010, 0B1111_0000, 0b_1)
print(123456789012345678901234567890)
print(0xffffffffffffffffffffffffffffffff)
print(-0x80, -0b1, -0o10)
print(type(0xff).__name__, type(10**30).__name__)
print(1_2_3 + 4_5_6)
print(0x7fffffffffffffff, 0x8000000000000000, -0x8000000000000000)
print(2**63 - 1 == 9223372036854775807, 2**64)
values = [0, 1, -1, 255, -256, 2**31, 2**64 + 1]
for v in values:
    print(v, hex(v), oct(v), bin(v))
