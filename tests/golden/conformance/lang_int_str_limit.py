import sys
for f in [lambda: int("1" * 5000), lambda: str(10 ** 5000), lambda: print(len(repr(2 ** 20000))), lambda: f"{10**4300}", lambda: int("1" * 4300) > 0, lambda: hex(10 ** 5000)[:10], lambda: "%d" % 10**5000]:
    try:
        r = f()
        print("ok", r if not isinstance(r, str) or len(r) < 20 else len(r))
    except ValueError as e:
        print("ValueError", e)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
sys.set_int_max_str_digits(5000)
try:
    sys.set_int_max_str_digits(5)
except ValueError as e:
    print(e)
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
