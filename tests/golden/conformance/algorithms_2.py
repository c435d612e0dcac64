# Binary search variants and bisect-like helpers written by hand
def binary_search(a, x):
    lo, hi = 0, len(a) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid, steps
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps


def bisect_left(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def bisect_right(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


a = [1, 3, 3, 3, 5, 8, 13, 21, 34, 55]
for x in [1, 3, 4, 55, 0, 100]:
    print(x, binary_search(a, x), bisect_left(a, x), bisect_right(a, x))


def sqrt_int(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo


print([sqrt_int(n) for n in [0, 1, 15, 16, 17, 10 ** 20, 2 ** 61]])


def first_bad(n, bad):
    lo, hi = 1, n
    while lo < hi:
        mid = lo + (hi - lo) // 2
        if mid >= bad:
            hi = mid
        else:
            lo = mid + 1
    return lo


print(first_bad(100, 37), first_bad(1, 1), first_bad(10 ** 12, 777777777777))


def search_rotated(a, x):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid
        if a[lo] <= a[mid]:
            if a[lo] <= x < a[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            if a[mid] < x <= a[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1


rot = [15, 18, 22, 3, 5, 9, 12]
print([search_rotated(rot, x) for x in [3, 15, 12, 22, 4]])
