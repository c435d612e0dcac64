# for loop targets: tuples, nested unpacking, attributes, subscripts, starred.
for a, b in [(1, 2), (3, 4)]:
    print(a, b)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a, b, c)
for first, *rest in ["abc", [1, 2, 3, 4], (9,)]:
    print(first, rest)
class Box:
    pass
box = Box()
for box.value in range(3):
    pass
print(box.value)
d = {}
for d["k"] in "xyz":
    print(dict(d))
lst = [0, 0, 0]
for i, lst[i] in enumerate("abc"):
    pass
print(lst)
for i in range(3):
    pass
print("i after loop", i)
for x in iter([10, 20]):
    print(x)
it = iter(range(6))
for x in it:
    print("pair", x, next(it))
for k, v in sorted({"b": 2, "a": 1}.items()):
    print(k, v)
for i, (name, score) in enumerate([("ann", 3), ("bob", 5)], start=1):
    print(i, name, score)
