"""fannkuch: the Fannkuch-Redux benchmark.

For every permutation of 1..N (in the order of the Benchmarks Game's
"count vector" generation), repeatedly reverse the first k elements, k
being the first element, until it is 1; report a checksum (the flip
counts added and subtracted alternately by permutation index) and the
largest number of flips. The count is done ROUNDS times (one round of
N=10 would take too long, one of N=9 too little) and the rounds must agree.
"""
import sys

DEFAULT_SIZE = 9
SMOKE_SIZE = 6
ROUNDS = 3


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[: k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips if sign == 1 else -flips
        sign = -sign
        # next permutation: rotate prefixes until a counter is not exhausted
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main(n):
    results = {fannkuch(n) for _ in range(ROUNDS)}
    if len(results) != 1:
        return "fannkuch %d: rounds disagree" % n
    checksum, flips = results.pop()
    return "fannkuch %d: checksum %d, max flips %d" % (n, checksum, flips)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE))
