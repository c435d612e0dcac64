# itertools recipes used in practice
import itertools as it

print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2], initial=100)))
print(list(it.chain("ab", [1, 2])), list(it.chain.from_iterable([[1], [2, 3], []])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.filterfalse(lambda x: x % 2, range(7))))
for key, grp in it.groupby("aaabccddd"):
    print(key, list(grp), end="; ")
print()
data = sorted(["apple", "avocado", "banana", "blueberry", "cherry"], key=lambda w: w[0])
print({k: list(g) for k, g in it.groupby(data, key=lambda w: w[0])})
print(list(it.pairwise([1, 2, 4, 7])), list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.zip_longest("ab", "xyz", fillvalue="-")))
print(list(it.product("ab", repeat=2)), len(list(it.product(range(3), range(4)))))
print(list(it.permutations("abc", 2)), list(it.combinations(range(4), 3)), list(it.combinations_with_replacement("ab", 2)))
a, b = it.tee([1, 2, 3])
print(list(a), list(b))
print(list(it.islice(range(100), 10, 20, 3)), list(it.islice("abcdef", None, 2)))
try:
    list(it.islice("abc", -1))
except ValueError as e:
    print("ValueError:", e)
print(it.count(1, 0.5), it.repeat(7, 2))
squares = (n * n for n in it.count(1))
print(list(it.takewhile(lambda s: s < 50, squares)))
print(sum(1 for _ in it.combinations(range(10), 4)), next(it.permutations(range(3))))


def batched(iterable, n):
    iterator = iter(iterable)
    while chunk := tuple(it.islice(iterator, n)):
        yield chunk


print(list(batched("abcdefg", 3)))
print(type(it.chain()).__name__, type(it.count()).__name__)
