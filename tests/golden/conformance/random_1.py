# Seeded random: reproducible sequences
import random

random.seed(42)
print([random.randint(1, 100) for _ in range(10)])
print([round(random.random(), 6) for _ in range(5)])
print(random.choice("abcdefg"), random.choice([10, 20, 30]), random.randrange(0, 100, 5))
deck = list(range(1, 14))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5), random.sample("abcdef", 3))
print(random.uniform(1, 2), random.gauss(0, 1), random.choices("xyz", k=6))
print(random.choices(["a", "b"], weights=[1, 9], k=8))
random.seed("text seed")
print(random.random(), random.getrandbits(40))
random.seed(0)
a = [random.random() for _ in range(3)]
random.seed(0)
b = [random.random() for _ in range(3)]
print(a == b, a)
rng = random.Random(7)
print(rng.randint(0, 9), rng.random(), rng.choice(range(1000)))
state = rng.getstate()
x = rng.random()
rng.setstate(state)
print(x == rng.random())
random.seed(123)
rolls = [random.randint(1, 6) for _ in range(600)]
print({face: rolls.count(face) for face in range(1, 7)})
print(random.randrange(10 ** 30), random.randint(-5, 5), random.triangular(0, 10, 3))
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.randint(5, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
random.seed(2024)
words = ["apple", "banana", "cherry", "date"]
random.shuffle(words)
print(words, random.expovariate(1.5), random.betavariate(2, 3), random.normalvariate(10, 2))
print(random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 2), random.lognormvariate(0, 1))
random.seed(99)
print(random.randbytes(6), random.binomialvariate(10, 0.5) if hasattr(random, "binomialvariate") else "n/a")
