# int() constructor: strings in every base, whitespace, underscores, signs, floats.
cases = [("42",), ("  -17  ",), ("+5",), ("1_000",), ("0",), ("-0",), ("007",),
         ("ff", 16), ("FF", 16), ("0xff", 16), ("0xff", 0), ("0o17", 0), ("0b101", 0),
         ("z", 36), ("Z", 36), ("1010", 2), ("777", 8), ("12", 3), ("0", 0),
         ("10", 0), ("1_0", 0), ("0_7", 8), ("\t\n 9 \r", 10), ("٣", 10), ("1" * 40,)]
for c in cases:
    print(repr(c), "->", int(*c))
print(int(3.9), int(-3.9), int(1e20), int(True), int(-0.0), int())
print(int(b"42"), int(bytearray(b"-7")), int("10", base=16))
print(int("   123456789012345678901234567890   "))
print(int(2.5e15), int(float("1e300")) > 10**299)
