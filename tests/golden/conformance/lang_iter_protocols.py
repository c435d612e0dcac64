import io
class Seq:
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
print(list(Seq(4)), 9 in Seq(4), 10 in Seq(4), list(reversed([1, 2])))
it = iter(Seq(2))
print(type(it).__name__, next(it), next(it), next(it, "done"))
class Rev:
    def __init__(self, d): self.d = d
    def __len__(self): return len(self.d)
    def __getitem__(self, i): return self.d[i]
print(list(reversed(Rev("abc"))))
class CustomRev:
    def __reversed__(self): return iter("zyx")
print(list(reversed(CustomRev())))
for bad in (5, {1: 2}, {1, 2}, (x for x in []), None):
    try:
        reversed(bad)
    except TypeError as e:
        print(e)
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print(e)
try:
    for _ in 5:
        pass
except TypeError as e:
    print(e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
class NoneIter:
    __iter__ = None
try:
    iter(NoneIter())
except TypeError as e:
    print(e)
data = io.StringIO("line1\nline2\nSTOP\nline4\n")
print(list(iter(data.readline, "STOP\n")))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
try:
    iter(5, 5)
except TypeError as e:
    print(e)
class Count:
    def __init__(self, n): self.i, self.n = 0, n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
c = Count(3)
print(list(c), list(c), sum(Count(4)), max(Count(5)), sorted(Count(3), reverse=True))
print(list(zip(Count(2), "abc")), list(map(lambda a, b: a + b, Count(3), Count(2))), dict(zip("ab", Count(2))))
print(list(enumerate(Count(2), start=10)), any(x > 2 for x in Count(3)), all(Count(3)))
class Contains:
    def __contains__(self, x): return x == "magic"
print("magic" in Contains(), "other" in Contains(), "magic" not in Contains())
class LenBool:
    def __len__(self): return 0
print(bool(LenBool()), "truthy" if LenBool() else "falsy")
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
class FloatLen:
    def __len__(self): return 1.5
try:
    len(FloatLen())
except TypeError as e:
    print(e)
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
lst = [3, 1, 2]
print(lst.sort(), lst, sorted("cba"), sorted({3: 1, 1: 2}), sorted([[2], [1, 5], [1]]))
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(e)
import operator
recs = [{"n": "x", "a": 3}, {"n": "y", "a": 1}]
print(sorted(recs, key=operator.itemgetter("a")), [r["n"] for r in sorted(recs, key=lambda r: -r["a"])])
m = map(int, ["1", "x"])
print(next(m))
try:
    next(m)
except ValueError as e:
    print(e)
print(list(filter(None, [0, 1, "", "a", None, []])), list(filter(lambda x: x % 2, range(6))))
