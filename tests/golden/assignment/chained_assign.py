# Chained assignment, evaluation order of targets, aliasing, walrus.
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = y = 5
y += 1
print(x, y)
order = []
def key(name):
    order.append(name)
    return name
d = {}
d[key("first")] = d[key("second")] = key("value")
print(order, d)
i = 0
lst = [0, 0, 0]
i = lst[i] = 2
print(i, lst)
p, q = r = 1, 2
print(p, q, r)
print((n := 10) + n, n)
values = [y for x in range(5) if (y := x * x) > 4]
print(values, y)
data = [1, 2, 3, 4]
if (size := len(data)) > 3:
    print("size", size)
class C:
    pass
c1 = C()
c1.a = c1.b = "shared"
print(c1.a, c1.b, sorted(vars(c1)))
del a
try:
    print(a)
except NameError as e:
    print("NameError:", e)
print(b)
e, f = g = h = "ab"
print(e, f, g, h)
