# Set printing order (fixed by PYTHONHASHSEED=0) for ints, strings and mixed values.
print({3, 1, 2}, {100, 5, 37, 64, -1, 0}, set(range(10, 0, -1)))
print({"banana", "apple", "cherry"}, set("hello world"), {"a", "b", "c", "d", "e"})
# hash(None) is address-based in 3.11, so None stays out of printed sets.
print({1.5, 2.5, 0.5}, {True, "x", (1, 2)}, {(1, 2), (2, 1)}, set(), frozenset(), frozenset({1}))
print(frozenset("abc"), {frozenset({1, 2}), frozenset()}, repr({9}), str({"q"}))
s = set()
for i in [50, 3, 1000, 7, 64, 8, 128]:
    s.add(i)
    print(s)
for i in [3, 1000]:
    s.discard(i)
print(s, len(s), sorted(s))
print(set(["x", "y", "z"]) | {"w"}, {"one", "two", "three", "four", "five", "six", "seven"})
print({-5, -1, 0, 1, 5, 2**40, 2**70})
