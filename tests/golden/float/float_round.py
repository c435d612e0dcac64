# round() on floats and ints: banker's rounding, ndigits, negative ndigits, errors.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005, 1e300]:
    print(v, round(v), round(v, 1), round(v, 2), type(round(v)).__name__)
for v, n in [(1234.5678, -1), (1234.5678, -2), (1234.5678, -3), (1234.5678, -5), (5.5, 0), (-5.5, 0),
             (0.125, 2), (0.375, 2), (1.23456789, 5), (-0.0, 1), (123.456, 10)]:
    print(v, n, round(v, n))
print(round(5), round(5, 2), round(-15, -1), round(25, -1), round(35, -1), round(2**70 + 5, -1))
for v in [float("inf"), float("-inf"), float("nan")]:
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
    print(round(v, 2))
try:
    round(1.5, 1.0)
except TypeError as e:
    print("TypeError:", e)
try:
    round("1.5")
except TypeError as e:
    print("TypeError:", e)
