# iter and next: defaults, sentinel form, custom iterators, exhaustion.
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
data = iter(["a", "b", "STOP", "c"])
print(list(iter(lambda: next(data), "STOP")))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
class Squares:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i ** 2
sq = Squares(4)
print(list(sq), list(sq), iter(sq) is sq)
s = "xyz"
si = iter(s)
print(next(si), list(si))
d = {"k1": 1, "k2": 2}
print(next(iter(d)), next(iter(d.values())), next(iter(d.items())))
for bad in [lambda: next([1]), lambda: iter(5), lambda: next(iter([]))]:
    try:
        bad()
    except (TypeError, StopIteration) as e:
        print(type(e).__name__, e)
class OnlyGetitem:
    def __getitem__(self, i):
        if i < 3:
            return chr(97 + i)
        raise IndexError(i)
print(list(OnlyGetitem()), "b" in OnlyGetitem())
