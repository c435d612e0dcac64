# float() constructor from strings and other types; errors.
for s in ["1", "1.5", "  -2.25  ", "+3.", ".5", "1e3", "1E-3", "1_000.5", "inf", "-Infinity",
          "INF", "nan", "-nan", "NaN", "0x10" if False else "16", "1e400", "-1e400", "1e-400",
          "\t7\n", "0.1", "3.14159265358979323846264338327950288", "000.5", "٣.٥"]:
    print(repr(s), float(s))
print(float(3), float(-0), float(True), float(2**60), float(), float(1.5))
print(float.fromhex("0x1.8p1"), (3.0).hex(), float.fromhex("-0x1p-2"), (0.1).hex())
for bad in ["", "abc", "1.2.3", "1e", "1_", "_1", "in", "1 2", "0x10", "--1", "1__0"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in [None, [1.0], "1j"]:
    try:
        float(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
