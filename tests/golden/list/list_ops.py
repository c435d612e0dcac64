# list comparison, membership, equality with nesting, copying, iteration, builtins.
a = [1, 2, 3]
print(a == [1, 2, 3], a != [1, 2], a < [1, 2, 4], a < [1, 2], [1, 2] < a, [] < [0], [[1]] == [[1]])
print(2 in a, 5 not in a, [1, 2] in [[1, 2], 3], a + [4], [a] * 2, list(), list("ab"), list(range(3)))
print(len(a), min(a), max(a), sum(a), sorted(a, reverse=True), list(reversed(a)), a[::-1] == list(reversed(a)))
b = a
c = a[:]
b.append(4)
print(a, b, c, a is b, a is c, a == c)
import copy
nested = [[1, 2], [3]]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested[0].append(99)
print(nested, shallow, deep)
r = [1, 2]
r.append(r)
print(r, len(r), r[2] is r)
x = [0, 1, 2, 3, 4, 5]
for i, v in enumerate(x):
    if v % 2:
        x[i] = v * 10
print(x)
print([1, [2, [3, [4]]]], str([1.0, "s", None, True, (1,), {1: 2}]))
try:
    [1] < ["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
print(list.__name__, [].__class__ is list, isinstance([], list), [1, 2].__len__())
