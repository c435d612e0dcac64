# format() with specs on str, int, float, and objects with __format__.
for v, spec in [("hi", ""), ("hi", "<5"), ("hi", ">5"), ("hi", "^6"), ("hi", "*^7"), ("hello", ".3"),
                (42, ""), (42, "5"), (42, "<5"), (42, "=+6"), (42, "06"), (-42, "06"), (42, "x"),
                (42, "#o"), (1234567, ","), (1234567, "_"), (3.0, ""), (3.0, "g"), (3.0, ".3"),
                (0.0001, ""), (1e16, "g"), (1.5, "10.4f"), (-1.5, "+.1e"), (0.5, ".0%"), (2.5, ".0f"),
                (3.5, ".0f"), (123456.789, ".2e"), (1e-5, ".2g"), (float("nan"), "^7"), (-0.0, "+")]:
    print(repr(v), repr(spec), "[" + format(v, spec) + "]")
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        text = f"${self.cents // 100}.{self.cents % 100:02d}"
        return format(text, spec)
m = Money(12345)
print(f"{m}|{m:>12}|{m:*<12}|", format(m, "^12"), "{:>10}".format(m))
class NoFormat:
    pass
try:
    format(NoFormat(), "d")
except TypeError as e:
    print("TypeError:", e)
print(format(NoFormat(), "") [:10])
for bad in [("x", "d"), (1.5, "d"), (5, "z"), ("s", "=5"), (1, ",_")]:
    try:
        format(*bad)
    except ValueError as e:
        print("ValueError:", e)
