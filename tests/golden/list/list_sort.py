# sort/sorted: stability with keys, reverse, mixed types errors, key functions.
records = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22), ("frank", 25)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (-r[1], r[0])))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "fig", "Elder"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
nums = [5, -3, 2, -8, 0, 7, -1, 2]
nums2 = nums[:]
nums2.sort(key=abs)
print(nums2, sorted(nums, reverse=True), sorted(nums, key=lambda x: x % 3))
print(sorted([3.5, 1, 2.25, -0.5, True]), sorted("hello"), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}))
print(sorted([[2, 1], [1, 2], [1, 1, 0], [1]]), sorted([(1, "b"), (1, "a"), (0, "z")]))
data = [3, 1, 2]
r = data.sort()
print(r, data)
try:
    [1, "a", 2].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([None, 1])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
stable = [(k % 3, i) for i, k in enumerate([9, 4, 7, 1, 3, 6, 0, 5, 8, 2])]
print(sorted(stable, key=lambda p: p[0]))
big = [(i * 7919) % 1009 for i in range(200)]
print(sorted(big)[:10], sorted(big)[-5:], sorted(big) == sorted(big, reverse=True)[::-1])
