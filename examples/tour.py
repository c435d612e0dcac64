# A short tour of what Coil runs: run it with `scripts/run_example.sh`.


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def primes(limit):
    sieve = [True] * (limit + 1)
    sieve[0] = sieve[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if sieve[i]:
            for j in range(i * i, limit + 1, i):
                sieve[j] = False
    return [i for i, is_prime in enumerate(sieve) if is_prime]


def word_counts(text):
    counts = {}
    for word in text.lower().split():
        word = word.strip(".,;:!?")
        counts[word] = counts.get(word, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


print("fib(90) =", fib(90))
print("2**100 =", 2 ** 100)
print("0.1 + 0.2 =", 0.1 + 0.2)
print("-7 // 2 =", -7 // 2, " -7 % 2 =", -7 % 2)
print("primes below 50:", primes(50))
text = "the quick brown fox jumps over the lazy dog. The dog sleeps."
for word, n in word_counts(text)[:3]:
    print(f"{word!r:>8} x{n}")
try:
    {}["missing"]
except KeyError as e:
    print("caught KeyError:", e)
print("héllo"[1:], len("héllo"), "héllo".upper())
