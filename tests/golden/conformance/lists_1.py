# list methods and behaviours
a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5)
a.extend([3, 5])
a.insert(0, 0)
a.insert(-1, 99)
a.insert(100, 100)
print(a)
print(a.count(5), a.index(5), a.index(5, 6), a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a)
a.reverse()
print(a)
a.sort()
print(a)
b = a.copy()
b.clear()
print(a, b)
try:
    a.remove(1000)
except ValueError as e:
    print("ValueError:", e)
try:
    a.index(1000)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
try:
    a[100] = 1
except IndexError as e:
    print("IndexError:", e)
print([1, 2] * 3, [[0]] * 2, [1, 2] + [3], [1, [2, 3]] == [1, [2, 3]], [1, 2] < [1, 3], [2] > [1, 9])
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
c = [1, 2, 3]
c += (4, 5)
c *= 2
print(c, len(c))
try:
    c = c + (1,)
except TypeError as e:
    print("TypeError:", e)
print(list("abc"), list(range(3)), list({"a": 1}), list(), [*"xy"])
del c[1:3]
print(c)
print(sorted([3, 2, 1]) is not None, [x for x in reversed([1, 2, 3])], [1, 2, 3][::-1])
e = [5, 3, 8]
print(min(e), max(e), sum(e), e.__len__(), e.__contains__(3), e.__getitem__(-1))
nested = [1, [2, [3, [4]]]]
print(nested[1][1][1][0], str(nested), repr(nested))
x = [1, 2, 3]
y = x
y += [4]
print(x, y is x)
print([0.1, 1e20, "s", None, True, (1,), {"a": 1}])
print(list(map(list, zip(*[[1, 2, 3], [4, 5, 6]]))))
try:
    [1, 2].sort(key=len)
except TypeError as e:
    print("TypeError:", e)
