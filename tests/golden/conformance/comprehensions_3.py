# Comprehension-heavy data wrangling: grouping, pivoting, flattening, transposing, dedup preserving order
sales = [
    ("2024-01", "north", "apples", 120), ("2024-01", "south", "apples", 80),
    ("2024-01", "north", "pears", 45), ("2024-02", "north", "apples", 130),
    ("2024-02", "south", "pears", 60), ("2024-02", "south", "apples", 95),
    ("2024-03", "north", "pears", 50), ("2024-03", "south", "apples", 70),
]
months = sorted({m for m, *_ in sales})
regions = sorted({r for _, r, _, _ in sales})
products = sorted({p for *_, p, _ in sales})
print(months, regions, products)
by_region = {r: sum(q for _, rr, _, q in sales if rr == r) for r in regions}
print(by_region)
pivot = {m: {p: sum(q for mm, _, pp, q in sales if mm == m and pp == p) for p in products} for m in months}
for m, row in pivot.items():
    print(m, row, sum(row.values()))
print([[pivot[m][p] for m in months] for p in products])
best = max(((m, r, p, q) for m, r, p, q in sales), key=lambda t: t[3])
print(best)
print({(r, p): [q for _, rr, pp, q in sales if (rr, pp) == (r, p)] for r in regions for p in products})
nested = [[1, [2, 3]], [4], [[5, [6]]]]


def flat(x):
    return [z for y in x for z in (flat(y) if isinstance(y, list) else [y])]


print(flat(nested))
dupes = ["b", "a", "b", "c", "a", "d"]
print(list(dict.fromkeys(dupes)), sorted(set(dupes)), [x for i, x in enumerate(dupes) if x not in dupes[:i]])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [[row[i] for row in matrix] for i in range(3)])
print({k: v for k, v in sorted({"x": 3, "y": 1, "z": 2}.items(), key=lambda kv: kv[1])})
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
words = "apple Banana cherry avocado blueberry Cherry".split()
print({w[0].lower(): sorted(x for x in words if x[0].lower() == w[0].lower()) for w in words})
print(sum(len(w) for w in words if w.islower()), any(w.isupper() for w in words), all(w.isalpha() for w in words))
