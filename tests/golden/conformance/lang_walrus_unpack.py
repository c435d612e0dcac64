import re
data = "name=ann age=31 city=rome"
if (m := re.search(r"age=(\d+)", data)) is not None:
    print("age", int(m.group(1)))
pairs = [kv.split("=") for kv in data.split()]
print({k: v for k, v in pairs}, [(k, v) for k, v in pairs if (n := len(v)) > 3], n)
values = [5, 3, 8, 1]
print([y for x in values if (y := x * 2) > 6], y)
stack = [1, 2, 3]
while (top := stack.pop() if stack else None) is not None:
    print("popped", top)
def f(x):
    return (y := x + 1), y * 2
print(f(1))
print((a := 10) + a, a)
first, *middle, last = "python"
print(first, middle, last)
(a, b), (c, *d) = "xy", "zw!"
print(a, b, c, d)
head, *tail = [1]
print(head, tail)
for idx, (key, *vals) in enumerate([("k1", 1, 2), ("k2",)]):
    print(idx, key, vals)
x, y = y, x = 1, 2
print(x, y)
i = 0
l = [0, 0]
i, l[i] = 1, 5
print(i, l)
a = b = c = []
a.append(1)
print(a, b, c, a is c)
n1, n2 = n2, n1 = 3, 4
print(n1, n2)
d = {}
d["a"], d["b"] = range(2)
print(d)
matrix = [[1, 2], [3, 4]]
[[p, q], [r, s]] = matrix
print(p + s, q + r)
try:
    (lambda: (z := 1))()
    print("walrus inside lambda ok")
except SyntaxError as e:
    print(e)
print(*[1, 2], *(3,), *{4: 0}, sep=",")
print(dict(**{"a": 1}, b=2), [*"ab", *range(2)], {*(1, 2), 3})
def star(*a, **k):
    return a, k
print(star(*range(3), *"x", k=1, **{"j": 2}))
