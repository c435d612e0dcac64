"""spectral_norm: the spectral norm of the infinite matrix
A[i][j] = 1 / ((i + j) * (i + j + 1) / 2 + i + 1), truncated to N x N.

Power method as described by the Benchmarks Game: ten rounds of
v = (A^T A) u, u = (A^T A) v, then sqrt(u.v / v.v).
"""
import sys

DEFAULT_SIZE = 420
SMOKE_SIZE = 20


def a(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times(u, n):
    return [sum([a(i, j) * u[j] for j in range(n)]) for i in range(n)]


def times_transposed(u, n):
    return [sum([a(j, i) * u[j] for j in range(n)]) for i in range(n)]


def ata_times(u, n):
    return times_transposed(times(u, n), n)


def main(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = ata_times(u, n)
        u = ata_times(v, n)
    vbv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return "spectral_norm %d: %.9f" % (n, (vbv / vv) ** 0.5)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE))
