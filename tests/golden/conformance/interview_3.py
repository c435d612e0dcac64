# Number puzzles: fizzbuzz variants, prime factors, perfect/armstrong/happy numbers, digit tricks
for i in range(1, 16):
    print("Fizz" * (i % 3 == 0) + "Buzz" * (i % 5 == 0) or i, end=" ")
print()
print(["FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i) for i in range(10, 21)])


def factors(n):
    out, d = [], 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out


for n in [2, 12, 97, 360, 1001, 2 ** 31 - 1, 600851475143]:
    print(n, factors(n))
perfect = [n for n in range(2, 10000) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n]
print("perfect:", perfect)
armstrong = [n for n in range(1, 10000) if n == sum(int(d) ** len(str(n)) for d in str(n))]
print("armstrong:", armstrong)


def is_happy(n):
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(d) ** 2 for d in str(n))
    return n == 1


print("happy:", [n for n in range(1, 50) if is_happy(n)])
print("digit sum of 2**1000:", sum(map(int, str(2 ** 1000))))
print("palindromic products:", max(a * b for a in range(90, 100) for b in range(a, 100) if str(a * b) == str(a * b)[::-1]))


def reverse_int(x):
    sign = -1 if x < 0 else 1
    r = sign * int(str(abs(x))[::-1])
    return r if -2 ** 31 <= r < 2 ** 31 else 0


print([reverse_int(x) for x in [123, -123, 120, 0, 1534236469]])


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


print(gcd(1071, 462), gcd(0, 9), [(a * b) // gcd(a, b) for a, b in [(4, 6), (21, 6), (7, 13)]])
print(sum(x for x in range(1000) if x % 3 == 0 or x % 5 == 0))
tri = [n * (n + 1) // 2 for n in range(1, 11)]
print(tri, [t for t in tri if t % 2 == 0])
