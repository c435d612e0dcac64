# len, abs, min, max with key/default; sum with start.
print(len("abc"), len([1, 2]), len({}), len(range(10)), len(b"xy"), len({1, 2, 2}), len((1,)))
class Sized:
    def __len__(self):
        return 42
print(len(Sized()))
print(abs(-3), abs(3.5), abs(-0.0), abs(-2**70), abs(3 + 4j), abs(True))
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max("hello"), min("b", "a", "c"), max([[1, 2], [1, 3]]))
print(min([], default="empty"), max((), default=None), max([1], default=0))
words = ["kiwi", "banana", "fig", "cherry", "date"]
print(min(words, key=len), max(words, key=len), max(words, key=lambda w: w[-1]), min(words, key=lambda w: (len(w), w)))
print(max([3, 1, 3, 2], key=lambda x: x), max([(1, "a"), (1, "b")], key=lambda p: p[0]))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1, 0.2]), sum([[1], [2]], []), sum(range(101)), sum([], 5), sum(x * x for x in range(4)))
for bad in [lambda: min([]), lambda: max(), lambda: max(1), lambda: min([1, "a"]), lambda: sum(["a", "b"], ""),
            lambda: len(5), lambda: abs("x"), lambda: max([1, 2], key=5), lambda: min(1, 2, default=0)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
