# range objects: iteration, indexing, slicing, len, membership, equality, errors.
for args in [(5,), (2, 8), (0, 10, 3), (10, 0, -2), (5, 5), (5, 0), (-3, 3), (0, -10, -4), (1, 2, 10)]:
    r = range(*args)
    print(r, list(r), len(r), bool(r))
r = range(0, 20, 3)
print(r[0], r[-1], r[2], r[1:4], r[::-1], r[::2], r[-2:], 9 in r, 10 in r, r.index(12), r.count(6))
print(range(0) == range(5, 5), range(0, 3) == range(3), range(0, 5, 2) == range(0, 6, 2), range(1) != range(2))
print(list(range(10**20, 10**20 + 3)), range(0, 10**30, 7)[-1] % 1000, range(10**30)[-1])
print(reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))), sum(range(101)))
for bad in [lambda: range(1, 2, 0), lambda: range(1.5), lambda: range(3)[5], lambda: range(3).index(7), lambda: range()]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
print(range(3).start, range(1, 9, 2).stop, range(1, 9, 2).step, hash(range(3)) == hash(range(0, 3)))
print(5.0 in range(10), "a" in range(3), min(range(4, 9)), max(range(4, 9, 2)))
