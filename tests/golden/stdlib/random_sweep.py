# random: CPython's exact sequences for several seeds.
import random
for seed in [0, 1, 42, 2**40, -7, "abc", b"xy", 3.5]:
    random.seed(seed)
    print(seed, random.random(), random.randint(1, 100), random.randrange(0, 50, 5), random.choice("abcdef"),
          random.getrandbits(70), random.uniform(1, 2))
    l = list(range(10))
    random.shuffle(l)
    print(l, random.sample(range(100), 5), random.choices("abc", k=5), random.choices("abc", weights=[5, 1, 1], k=4),
          random.choices("ab", cum_weights=[1, 10], k=3))
    print(round(random.gauss(0, 1), 12), round(random.normalvariate(5, 2), 12), round(random.triangular(0, 10, 3), 12),
          round(random.betavariate(2, 3), 12), round(random.expovariate(1.5), 12), round(random.gammavariate(2, 1), 12),
          round(random.lognormvariate(0, 1), 12), round(random.vonmisesvariate(1, 2), 12), round(random.paretovariate(3), 12),
          round(random.weibullvariate(1, 2), 12))
    print(random.randbytes(5), random.sample("abcdefgh", k=3, counts=None))
r = random.Random(99)
print(r.random(), r.randint(0, 9))
st = r.getstate()
a = r.random()
r.setstate(st)
print(a == r.random())
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
t("randrange empty", lambda: random.randrange(0))
t("randrange step0", lambda: random.randrange(0, 10, 0))
t("randint bad", lambda: random.randint(5, 1))
t("choice empty", lambda: random.choice([]))
t("sample big", lambda: random.sample([1, 2], 3))
t("sample set", lambda: random.sample({1, 2}, 1))
t("sample neg", lambda: random.sample([1], -1))
t("choices bad", lambda: random.choices("ab", weights=[1], k=2))
t("choices both", lambda: random.choices("ab", [1, 1], cum_weights=[1, 2]))
t("getrandbits neg", lambda: random.getrandbits(-1))
t("getrandbits 0", lambda: random.getrandbits(0))
t("seed bad", lambda: random.seed([1]))
t("shuffle tuple", lambda: random.shuffle((1, 2)))
