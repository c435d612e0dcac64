"""mandelbrot: the Mandelbrot set on an N x N grid over
[-2, 0.5] x [-1.25, 1.25] with complex arithmetic; a point belongs to the
set when |z| stays within 2 for 50 iterations of z = z*z + c. Prints how
many points belong and a checksum of the escape counts.
"""
import sys

DEFAULT_SIZE = 700
SMOKE_SIZE = 16
ITERATIONS = 50


def escape_time(c):
    z = 0j
    for i in range(ITERATIONS):
        z = z * z + c
        if z.real * z.real + z.imag * z.imag > 4.0:
            return i
    return ITERATIONS


def main(n):
    inside = 0
    checksum = 0
    for row in range(n):
        y = -1.25 + 2.5 * row / n
        for col in range(n):
            c = complex(-2.0 + 2.5 * col / n, y)
            k = escape_time(c)
            if k == ITERATIONS:
                inside += 1
            checksum = (checksum * 7 + k) % 1000000007
    return "mandelbrot %dx%d: %d points inside, checksum %d" % (n, n, inside, checksum)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE))
