# dicts keep insertion order; updates keep position; deletes and re-inserts move to end.
d = {}
for k in ["zeta", "alpha", "mid", 3, 1.5, None, (1, 2)]:
    d[k] = len(d)
print(d)
d["alpha"] = "updated"
print(list(d))
del d["zeta"]
d["zeta"] = "back"
print(d)
print(dict(b=1, a=2), dict([("y", 1), ("x", 2)]), dict({"k": 1}, extra=2), dict(zip("cba", range(3))))
d2 = {1: "a", True: "b", 1.0: "c"}
print(d2, len(d2))
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"a": 1, "b": 2}) == list({"b": 2, "a": 1}))
merged = {"x": 1, "y": 2} | {"y": 20, "z": 30}
print(merged)
merged |= {"w": 0, "x": 10}
print(merged)
print({**{"a": 1}, "b": 2, **{"a": 3}})
big = {i: i * i for i in range(20)}
for i in range(0, 20, 3):
    del big[i]
print(big)
print(sorted(big, reverse=True)[:3], min(big), max(big.values()))
