# Exponentiation: ints, negative exponents, 3-argument pow, precedence, errors.
print(2**10, 2**0, 0**0, 0**5, (-2)**3, (-2)**4, -2**2, (-1)**101)
print(2**-1, 2**-2, 10**-3, (-2)**-3, 4**0.5, 8**(1/3), (-8)**2.0)
print(2**3**2, (2**3)**2, 2**-3**2 if False else 'skip')
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 10**9 + 7), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(7, -1, 13), pow(2, -2, 11), pow(38, -1, 97), (7 * pow(7, -1, 13)) % 13)
print(pow(0, 0, 1), pow(5, 0, 1), pow(123456789, 987654321, 2**61 - 1))
print(pow(2.0, 3), pow(2, 0.5), pow(-8, 1/3) if False else 'cplx')
print(type(2**-1).__name__, type(2**2).__name__, type(pow(2, 2, 3)).__name__)
for args in [(0, -1), (2, -1, 4), (2, 3, 0), (2.0, 3, 5), (2, 0.5, 3), (0.0, -1)]:
    try:
        print(pow(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("0 ** -1:", e)
print((-8) ** (1 / 3))
print(1.5 ** 2, 2 ** 1.5, 10 ** 15, 10.0 ** 15, 10 ** 16 == 10.0 ** 16)
