# Comparisons among ints, bools and floats; hashing consistency.
print(1 < 2, 2 <= 2, 3 > 4, 5 >= 5, 1 == 1.0, 1 != 1.0, 0 == -0)
print(2**53 + 1 == float(2**53 + 1), 2**53 + 1 > float(2**53), float(2**53) == 2**53)
print(10**400 > 1e308, -10**400 < -1e308, 10**400 < float("inf"))
print(1 < float("nan"), 1 > float("nan"), 1 == float("nan"), 1 != float("nan"))
print(True == 1, False == 0, True + True, True > False, hash(True) == hash(1))
print(hash(1) == hash(1.0), hash(2**100) == hash(float(2**100)), hash(-1), hash(-2))
print(hash(0), hash(2**61 - 1), hash(2**61), hash(-(2**61)))
print(max(3, 2.5, True), min(-1, -1.0), sorted([3, 1.5, True, 0, -2]))
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True)
try:
    1 < "1"
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < 1
except TypeError as e:
    print("TypeError:", e)
print(1 == "1", None == 0, 1 != "1")
