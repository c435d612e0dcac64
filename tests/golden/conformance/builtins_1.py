# sorted / min / max with key and reverse, stability
people = [("alice", 30, "NY"), ("bob", 25, "LA"), ("carol", 30, "SF"), ("dave", 25, "NY"), ("eve", 35, "LA")]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[2]))
by_city = sorted(sorted(people, key=lambda p: p[0], reverse=True), key=lambda p: p[2])
print([p[0] for p in by_city])
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: p[1]))
print(max([3, 1, 4, 1, 5], default=0), max([], default="empty"), min("hello"), max("hello", "world"))
print(max(1, 5, 3), min(4, 2, 8, key=lambda x: -x), max([1, 2], [1, 2, 0]), max((1, "b"), (1, "a")))
print(sorted("Hello World"), sorted("Hello World", key=str.lower), sorted(["b", "A", "c"], key=str.casefold))
print(sorted({3: "c", 1: "a", 2: "b"}), sorted({3: "c", 1: "a"}.items()), sorted({5, 2, 9}, reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=len), sorted(words, key=lambda w: (w.lower(), w)))
lst = [5, 2, 8, 1]
print(lst.sort(), lst, lst.sort(reverse=True), lst)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    max(1)
except TypeError as e:
    print("TypeError:", e)
try:
    min()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([3, 1], key=lambda x: x, cmp=None)
except TypeError as e:
    print("TypeError:", e)
try:
    max([1, 2], [3], default=0)
except TypeError as e:
    print("TypeError:", e)
print(sorted([3, 1, 2], key=None), max([], key=len, default=None))
nums = [-4, 3, -1, 2]
print(sorted(nums, key=abs), max(nums, key=abs), min(nums, key=lambda x: x * x))
