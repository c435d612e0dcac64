"""pidigits: the first N decimal digits of pi from Gibbons' unbounded
spigot (a stream of linear fractional transformations on big integers):
emit the next digit when the bounds agree on it, otherwise consume the
next term of the series. Prints the count, the digit sum and the last
twenty digits.
"""
import sys

DEFAULT_SIZE = 5000
SMOKE_SIZE = 60


def pi_digits(count):
    q, r, t, k = 1, 0, 1, 1
    digits = []
    while len(digits) < count:
        low = (3 * q + r) // t
        if low == (4 * q + r) // t:
            digits.append(low)
            q, r = 10 * q, 10 * (r - low * t)
        else:
            m = 2 * k + 1
            q, r, t, k = q * k, (2 * q + r) * m, t * m, k + 1
    return digits


def main(n):
    digits = pi_digits(n)
    tail = "".join(str(d) for d in digits[-20:])
    return "pidigits %d: digit sum %d, last digits %s" % (n, sum(digits), tail)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE))
