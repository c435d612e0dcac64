from functools import cmp_to_key
import operator
people = [("ann", 30, "rome"), ("bob", 25, "oslo"), ("cy", 30, "lima"), ("di", 25, "rome"), ("ed", 35, "oslo")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (p[2], -p[1])))
print(sorted(people, key=operator.itemgetter(2, 0), reverse=True))
by_age = sorted(people, key=lambda p: p[0])
by_age.sort(key=lambda p: p[1])
print([p[0] for p in by_age])
print(sorted(people, key=lambda p: p[1], reverse=True) == list(reversed(sorted(people[::-1], key=lambda p: p[1]))))
def compare(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: compare(b, a))))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(words, key=lambda w: (-len(w), w)), sorted(set(words)))
print(sorted("BaNaNa"), sorted("BaNaNa", key=str.casefold), sorted([True, False, 0, 1, -1]))
print(sorted([1.5, 1, -2, 0.0, -0.0, 3]), sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([[2], [1, 2], [1]]))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]), min([], default="none"))
class Card:
    ranks = "23456789TJQKA"
    def __init__(self, s):
        self.rank, self.suit = s[0], s[1]
    def __lt__(self, other):
        return self.ranks.index(self.rank) < self.ranks.index(other.rank)
    def __repr__(self):
        return self.rank + self.suit
hand = [Card(c) for c in ["Kh", "2s", "Ad", "Tc", "2h"]]
print(sorted(hand), max(hand), min(hand))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
try:
    sorted([{}, {}])
except TypeError as e:
    print(e)
lst = [5, 2, 8]
lst.sort(reverse=True)
print(lst)
try:
    lst.sort(lambda x: x)
except TypeError as e:
    print(e)
nums = list(range(20))
nums.sort(key=lambda v: v % 3)
print(nums)
print(sorted({"b": 2, "a": 1, "c": 0}.items(), key=lambda kv: kv[1]), sorted({"b": 2, "a": 1}))
import heapq
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print([heapq.heappop(h) for _ in range(3)], heapq.nlargest(2, [5, 1, 8, 3]), heapq.nsmallest(2, people, key=lambda p: p[1]))
