# heapq.merge, nlargest, nsmallest: ordering, stability, keys.
import heapq

print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge([], [1], [])), list(heapq.merge()))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], [9], reverse=True)))
print(list(heapq.merge([(1, 'a'), (2, 'a')], [(1, 'b'), (2, 'b')], key=lambda t: t[0])))
print(list(heapq.merge('ace', 'bdf')), list(heapq.merge([1, 1], [1, 1], key=lambda x: 0)))
m = heapq.merge(iter([1, 3]), iter([2]))
print(type(m).__name__, next(m), list(m))

data = [(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e'), (3, 'f'), (2, 'g')] * 2
key = lambda t: t[0]
print(heapq.nsmallest(4, data, key=key))
print(heapq.nlargest(4, data, key=key))
print(heapq.nsmallest(3, iter(data)), heapq.nlargest(3, iter(data)))
print(heapq.nlargest(1, [5, 1, 9]), heapq.nsmallest(1, iter([5, 1, 9])), heapq.nsmallest(1, []), heapq.nlargest(1, [], key=key))
print(heapq.nsmallest(0, [1, 2]), heapq.nlargest(-1, [1, 2]), heapq.nsmallest(10, [3, 1, 2]), heapq.nlargest(10, iter([3, 1, 2])))
print(heapq.nlargest(3, 'mississippi'), heapq.nsmallest(3, 'mississippi', key=str.upper))
words = 'the quick brown fox jumps over the lazy dog again'.split()
print(heapq.nlargest(4, words, key=len), heapq.nsmallest(4, words, key=len))
nums = [(i * 37) % 101 for i in range(60)]
print(heapq.nlargest(5, nums), heapq.nsmallest(5, nums), heapq.nlargest(5, iter(nums), key=lambda v: -v))
try:
    heapq.nlargest(2, 5)
except TypeError as e:
    print('TypeError', e)
try:
    list(heapq.merge(1))
except TypeError as e:
    print('TypeError', e)
