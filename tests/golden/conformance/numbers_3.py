# math module usage
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.isqrt(10 ** 20))
print(math.floor(3.7), math.ceil(3.2), math.floor(-3.7), math.ceil(-3.2), math.trunc(-3.7))
print(math.gcd(48, 18), math.gcd(0, 5), math.lcm(4, 6), math.gcd(*[12, 18, 24]))
print(math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(0))
print(round(math.sin(math.pi / 6), 10), round(math.cos(math.pi), 10), math.atan2(1, 1), math.degrees(math.pi))
print(math.hypot(3, 4), math.dist((0, 0), (3, 4)), math.fabs(-2), math.copysign(3, -0.0))
print(math.isclose(0.1 + 0.2, 0.3), math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.pow(2, 10), math.modf(3.25), math.frexp(8.0))
print(math.fmod(-7, 3), -7 % 3, math.remainder(7, 3), math.ldexp(1.5, 3))
for bad in ["math.sqrt(-1)", "math.log(0)", "math.factorial(-1)", "math.factorial(2.5)", "math.acos(2)", "math.log(-1)"]:
    try:
        print(eval(bad))
    except (ValueError, TypeError) as e:
        print(bad, type(e).__name__, e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.sqrt("4")
except TypeError as e:
    print("TypeError:", e)
print(math.floor(10 ** 20 + 0.5) if False else math.floor(1e20), type(math.floor(2.5)).__name__)


def is_prime(n):
    if n < 2:
        return False
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return True


print([n for n in range(60) if is_prime(n)])
print(sum(1 / math.factorial(k) for k in range(20)))
