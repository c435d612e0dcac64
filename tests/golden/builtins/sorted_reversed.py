# sorted and reversed over many iterables; reversed protocol; errors.
print(sorted([3, 1, 2]), sorted("cba"), sorted((2, 1)), sorted({3, 1}), sorted({"b": 1, "a": 2}), sorted(range(3, 0, -1)))
print(sorted([3, 1, 2], reverse=True), sorted(["a", "B", "c"], key=str.upper), sorted([], key=len))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(4))),
      list(reversed({"x": 1, "y": 2})), "".join(reversed("stressed")))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError
        return i * 10
print(list(reversed(Countdown(4))), list(Countdown(3)))
class CustomRev:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(CustomRev())))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
for bad in [lambda: reversed({1, 2}), lambda: reversed(5), lambda: sorted(5), lambda: reversed(iter([1]))]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
