# Walrus operator and unpacking everywhere
data = [4, 8, 15, 16, 23, 42]
if (n := len(data)) > 5:
    print(f"list is long ({n} elements)")
print([y for x in data if (y := x * 2) > 20])
chunks = iter(range(10))
while (chunk := [v for _, v in zip(range(3), chunks)]):
    print("chunk", chunk)
values = {"a": 1}
print((v := values.get("a")) and v + 1, (w := values.get("z")) or "missing", w)

a, b, c = 1, 2, 3
a, b = b, a
print(a, b, c)
first, *middle, last = range(7)
print(first, middle, last)
*init, tail = "hello"
print(init, tail)
head, *_ = [9]
print(head, _)
(x, y), z = (1, 2), 3
print(x, y, z)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
nums = [*range(3), *"ab", *[None]]
print(nums)
merged = {**{"a": 1, "b": 2}, "b": 3, **{"c": 4}}
print(merged)
s = {*"abc", *range(2)}
print(sorted(s, key=str))


def f(a, b, /, c, *args, d, e=5, **kw):
    return a, b, c, args, d, e, kw


print(f(1, 2, 3, d=4))
print(f(*[1, 2], *(3, 4, 5), d=6, **{"e": 7, "z": 8}))
print(f(1, 2, c=3, d=4, extra=True))
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, 3, d=1, **{"d": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q = {"only": 1}
except ValueError as e:
    print("ValueError:", e)
p, q = {"one": 1, "two": 2}
print(p, q)
[m, n] = "mn"
print(m, n)
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x, y = y, x = 1, 2
print(x, y)
lst = [0, 0, 0]
i = 0
i, lst[i] = 2, 9
print(i, lst)
