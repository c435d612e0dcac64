# bool: a subclass of int; arithmetic, repr, conversion and identity.
print(True, False, repr(True), str(False), type(True).__name__, type(True).__mro__)
print(True + True, True * 10, False - 1, True / 2, True // 1, -True, ~False, True ** 0)
print(True == 1, False == 0, True is True, bool(1) is True, bool(0) is False)
for v in [0, 1, -1, 0.0, -0.0, 0.1, "", " ", "0", [], [0], (), (None,), {}, {0: 0}, set(),
          None, 0j, 1j, range(0), range(1), b"", b"\x00", float("nan")]:
    print(repr(v), bool(v))
print(bool(), int(True), float(False), str(True) + "!", f"{True}", f"{True:d}")
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int))
print(sum([True, True, False, True]), [True, False].count(1), {True: "a", 1: "b"})
print(True and 5, False or "x", not 0, not [], not [0])
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
print(True.__class__, False.real, True.numerator, (True).bit_length())
