# dict methods: get/setdefault/pop/popitem/update/clear/copy/fromkeys.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 100), d.setdefault("c", 3), d)
print(d.pop("a"), d.pop("z", "default"), d)
print(d.popitem(), d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print("KeyError:", e)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
d.update(x=10)
print(d)
c = d.copy()
c["x"] = -1
print(d, c, c == d)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys([]))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
d.clear()
print(d, len(d), bool(d))
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
for bad in [lambda: {}.update(1), lambda: {}.update([1]), lambda: {}.update([(1, 2, 3)]), lambda: dict(1),
            lambda: {}.pop(), lambda: {}.get(), lambda: dict([("a",)])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
