# enumerate and zip: starts, lengths, strict mode, unzipping, laziness.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("ab", start=-2)))
e = enumerate(["x", "y"])
print(next(e), next(e))
try:
    next(e)
except StopIteration:
    print("exhausted")
print(list(zip([1, 2, 3], "abc")), list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip("ab", "cd", "ef")))
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, names = zip(*pairs)
print(nums, names)
print(dict(zip("abc", range(3))), list(zip(*[[1, 2, 3], [4, 5, 6]])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip([1, 2], "ab", strict=True)))
def gen(label, n):
    for i in range(n):
        print(f"  {label} yields {i}")
        yield i
print(list(zip(gen("A", 3), gen("B", 2))))
try:
    zip(1, [2])
except TypeError as e:
    print("TypeError:", e)
for i, (a, b) in enumerate(zip("xy", "zw")):
    print(i, a, b)
