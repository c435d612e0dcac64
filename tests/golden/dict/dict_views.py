# keys/values/items views: live, set operations, iteration, repr.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["d"] = 4
print(k, len(v), list(it)[-1])
print(k & {"a", "z"}, k | {"z"}, k - {"a"}, k ^ {"a", "q"}, "a" in k, 4 in v, ("b", 2) in it, ("b", 3) in it)
print(it & {("a", 1)}, sorted(k), list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(k == {"a", "b", "c", "d"}, v == v, list(v) == [1, 2, 3, 4], k.isdisjoint({"x"}))
for key, value in d.items():
    print(key, "=>", value, end="; ")
print()
try:
    for key in d:
        d["new"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for key in d:
        del d[key]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
for key in list(d):
    if d[key] % 2:
        del d[key]
print(d, type(k).__name__, type(v).__name__, type(it).__name__)
print(dict.fromkeys(range(3)).keys(), {}.items(), iter(d.values()).__class__.__name__)
