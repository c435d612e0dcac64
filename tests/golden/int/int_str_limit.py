# The int <-> str conversion digit limit (4300 digits by default in 3.11).
import sys
print(sys.get_int_max_str_digits())
big = 10**4299
print(len(str(big)))
too_big = 10**4300
try:
    str(too_big)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(len(hex(too_big)) > 1000, int("f" * 5000, 16).bit_length())
sys.set_int_max_str_digits(5000)
print(len(str(too_big)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(10**10000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(640)
try:
    print(int("9" * 641))
except ValueError as e:
    print("ValueError:", e)
print(int("9" * 640) + 1 == 10**640)
