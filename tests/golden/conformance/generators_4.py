# Infinite generators with manual take/islice-like helpers
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1


def take(n, it):
    it = iter(it)
    out = []
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out


def islice(it, start, stop, step=1):
    for i, x in enumerate(it):
        if i >= stop:
            return
        if i >= start and (i - start) % step == 0:
            yield x


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


def cycle(seq):
    while True:
        yield from seq


print(take(10, naturals(5)))
print(list(islice(fib(), 10, 20, 3)))
print(take(15, primes()))
print(take(7, cycle("abc")))
print(take(5, (x ** 2 for x in naturals() if x % 2)))
big = fib()
for _ in range(100):
    v = next(big)
print(v, len(str(v)))


def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1


lengths = {n: sum(1 for _ in collatz(n)) for n in range(1, 30)}
best = max(lengths, key=lengths.get)
print(best, lengths[best], list(collatz(best))[:10])
zipped = zip(naturals(), "hello")
print(list(zipped))
print(take(3, map(lambda p: p[0] * p[1], zip(naturals(1), naturals(10)))))
gen = naturals()
print(next(gen), next(gen), gen.__next__(), iter(gen) is gen)
