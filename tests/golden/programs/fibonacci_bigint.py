# Big-integer Fibonacci numbers: iteration, fast doubling, digit counts, modular periods.
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
def fib_doubling(n):
    if n == 0:
        return (0, 1)
    a, b = fib_doubling(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    return (d, c + d) if n % 2 else (c, d)
for n in [0, 1, 2, 10, 50, 100, 200]:
    print(n, fib_iter(n))
f1000 = fib_iter(1000)
print(len(str(f1000)), str(f1000)[:20], str(f1000)[-20:], f1000 == fib_doubling(1000)[0])
print(fib_doubling(10000)[0] % 10**12, len(str(fib_doubling(5000)[0])))
def pisano(m):
    a, b = 0, 1
    for i in range(1, m * m + 1):
        a, b = b, (a + b) % m
        if (a, b) == (0, 1):
            return i
for m in [2, 3, 5, 10, 100]:
    print("pisano", m, pisano(m))
first_with_100_digits = next(i for i in range(1000) if len(str(fib_iter(i))) >= 100)
print(first_with_100_digits)
print(sum(int(d) for d in str(fib_iter(500))))
