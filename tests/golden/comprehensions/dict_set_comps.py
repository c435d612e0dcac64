# Dict and set comprehensions: keys colliding, conditions, inversion, nested.
print({x: x ** 2 for x in range(6)})
print({k: v for k, v in zip("abcde", range(5)) if v % 2 == 0})
print({c: "abracadabra".count(c) for c in "abracadabra"})
print({x % 4: x for x in range(10)})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({x % 5 for x in range(20)}, {c.lower() for c in "HeLLo"}, {len(w) for w in "a bb cc ddd".split()})
print({(i, j) for i in range(2) for j in range(2)}, {i: {j: i * j for j in range(3)} for i in range(2)})
print({word: len(word) for word in sorted(["pear", "fig", "banana"])})
print(type({x for x in ()}).__name__, type({x: x for x in ()}).__name__, {k: 0 for k in ""})
grid = {(r, c): "#" if (r + c) % 2 else "." for r in range(3) for c in range(3)}
for r in range(3):
    print("".join(grid[r, c] for c in range(3)))
