# Tuple/list unpacking, starred targets, nested targets, swaps, unpacking any iterable.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = [1]
print(init, tail)
head, *rest = "hello"
print(head, rest)
a, (b, *c), *d = 1, (2, 3, 4), 5, 6
print(a, b, c, d)
x, y, z = {"k1": 1, "k2": 2, "k3": 3}
print(x, y, z)
p, q = {10, 20} if False else (10, 20)
print(p, q)
i, j = iter([7, 8])
print(i, j)
(k,) = [99]
print(k)
[m] = (100,)
print(m)
for (n, o), *pq in [((1, 2), 3, 4)]:
    print(n, o, pq)
*all_, = 1, 2, 3
print(all_)
lst = [0, 1, 2]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
i = 0
i, lst[i] = 1, "set"
print(i, lst)
