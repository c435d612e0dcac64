# random: the same seed gives CPython's values for every method.
import random

for seed in [0, 1, 42, -7, 2**100 + 3, 3.25, "hello", b"bytes", bytearray(b"ba"), ""]:
    r = random.Random(seed)
    print(repr(seed), r.random(), r.randint(1, 100), r.randrange(10**30), r.randrange(5, 100, 7), r.randrange(100, 5, -3))
    print(r.choice("abcdefg"), r.choices(range(10), k=5), r.choices("abc", weights=[1, 2, 3], k=6),
          r.choices("abc", cum_weights=[1, 1.5, 9], k=4))
    items = list(range(20))
    r.shuffle(items)
    print(items)
    print(r.sample(range(1000), 10), r.sample("abcdefghij", 4), r.sample(range(10**9), 30)[:5],
          r.sample(["x", "y"], 3, counts=[2, 5]))
    print(r.uniform(1, 5), r.triangular(), r.triangular(1, 10, 3), r.triangular(2, 2), r.gauss(), r.gauss(5, 2),
          r.normalvariate(1, 3))
    print(r.expovariate(1.5), r.lognormvariate(0, 1), r.vonmisesvariate(1, 4), r.vonmisesvariate(0, 0),
          r.paretovariate(2), r.weibullvariate(1, 2))
    print([r.gammavariate(a, 2) for a in (0.3, 1.0, 2.5, 100)],
          [r.betavariate(a, b) for a, b in ((0.5, 0.5), (2, 3), (10, 1))])
    print(r.getrandbits(70), r.getrandbits(0), r.getrandbits(32), r.randbytes(5), r.random())
    state = r.getstate()
    first = [r.random() for _ in range(3)]
    r.setstate(state)
    print(first == [r.random() for _ in range(3)], state[0], len(state[1]), state[1][-1], state[2])

random.seed(123)
print(random.random(), random.randint(0, 10), random.choice([1, 2, 3]), random.getrandbits(10), random.sample(range(50), 5))
random.seed("x", version=1)
print(random.random())
random.seed(b"x", version=1)
print(random.random())
random.seed(12345)
print([random.randrange(3) for _ in range(20)])
print([round(random.gauss(0, 1), 12) for _ in range(5)])

class Fixed(random.Random):
    def random(self):
        return 0.37
f = Fixed()
print(f.randrange(100), f.choice("abcdef"), f._randbelow == f._randbelow_without_getrandbits)

class Bits(random.Random):
    def getrandbits(self, k):
        return (1 << k) - 1 if k < 3 else 5
b = Bits(1)
print(b.randrange(6), b._randbelow == b._randbelow_with_getrandbits)

s = random.SystemRandom()
x = s.random()
print(0.0 <= x < 1.0, s.getrandbits(0), len(s.randbytes(9)), 0 <= s.randrange(10) < 10, s.seed(5))
