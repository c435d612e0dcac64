# Nested dicts, dicts with tuple keys, dict equality, recursive repr, dict() from sequences.
inventory = {"fruit": {"apple": 3, "pear": 0}, "veg": {"leek": 5}}
inventory["fruit"]["apple"] += 2
inventory.setdefault("dairy", {})["milk"] = 1
print(inventory)
print(sum(n for cat in inventory.values() for n in cat.values()))
grid = {(x, y): x * y for x in range(3) for y in range(3)}
print(grid[(2, 2)], grid[1, 2], sorted(k for k, v in grid.items() if v == 0))
r = {"self": None}
r["self"] = r
print(r)
a = {"k": [1, {"n": 2}]}
b = {"k": [1, {"n": 2}]}
print(a == b, a is b, a["k"][1] == b["k"][1])
b["k"][1]["n"] = 3
print(a == b, a, b)
inverse = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverse)
print(dict(sorted({"b": 1, "a": 2, "c": 0}.items(), key=lambda kv: kv[1])))
print(list(map(len, {"ab": 1, "cde": 2})), max({"x": 5, "y": 9}, key=lambda k: {"x": 5, "y": 9}[k]))
