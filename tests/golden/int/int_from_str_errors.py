# int() errors and their exact messages.
bad = [("",), ("   ",), ("abc",), ("1.5",), ("1__0",), ("_1",), ("1_",), ("0x",),
       ("12", 2), ("9", 8), ("g", 16), ("010", 0), ("0b2", 0), ("1 2",), ("++1",),
       ("1", 1), ("1", 37), ("1", -1), ("x" * 60,), ("\x00",), ("0o8", 0)]
for c in bad:
    try:
        print(int(*c))
    except ValueError as e:
        print("ValueError:", e)
for arg in [float("inf"), float("-inf"), float("nan")]:
    try:
        int(arg)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
for arg in [None, [1], 1j]:
    try:
        int(arg)
    except TypeError as e:
        print("TypeError:", e)
try:
    int(12, 10)
except TypeError as e:
    print("TypeError:", e)
