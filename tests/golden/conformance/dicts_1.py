# dict operations, views, ordering, errors
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("d", 4), d.setdefault("a", 99), d)
print(d.pop("d"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
d.update({"e": 5}, f=6)
d.update([("g", 7)])
print(d, len(d))
print(d.popitem(), d)
ks = d.keys()
d["h"] = 8
print(ks, "h" in ks, ks & {"a", "h", "q"}, ks - {"a"}, ks | {"zz"})
print(d.items() & {("a", 1)}, ("a", 1) in d.items(), 1 in d.values())
try:
    for k in d:
        d["new" + k] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
d2 = dict.fromkeys(["x", "y"], [])
d2["x"].append(1)
print(d2)
print({1: "a", True: "b", 1.0: "c"}, {(1, 2): 3}, dict(zip("ab", "cd")))
print(d == dict(d), {"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"a": 1, "b": 2}) == list({"b": 2, "a": 1}))
e = {"x": 1} | {"y": 2}
e |= {"x": 10}
print(e, e.copy() is e, sorted(e, key=e.get))
print(reversed(e).__class__.__name__, list(reversed(e)), list(reversed(e.items())))
try:
    {}.update(5)
except TypeError as ex:
    print("TypeError:", ex)
try:
    {}.update([(1,)])
except ValueError as ex:
    print("ValueError:", ex)
try:
    dict(a=1)["b"]
except LookupError as ex:
    print(type(ex).__name__, ex)
nested = {"a": {"b": {"c": 42}}}
print(nested["a"]["b"]["c"], nested.get("a", {}).get("x", {}).get("c"))
del nested["a"]["b"]
print(nested)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: -kv[1]))
print(repr({}), str({"k": "v"}), {"q": {1, 2}}, {None: None})
