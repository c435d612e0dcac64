# Union-find with path compression; Kruskal's MST; counting islands
class DSU:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.rank = dict.fromkeys(items, 0)
        self.components = len(self.parent)

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        self.components -= 1
        return True

    def groups(self):
        out = {}
        for x in self.parent:
            out.setdefault(self.find(x), []).append(x)
        return sorted(sorted(g) for g in out.values())


d = DSU("abcdefg")
for a, b in ["ab", "cd", "bd", "ef", "aa"]:
    print(a, b, d.union(a, b), d.components)
print(d.groups(), d.find("c") == d.find("a"), d.find("g"))
try:
    d.find("z")
except KeyError as e:
    print("KeyError:", e)
edges = [(7, "A", "B"), (5, "A", "D"), (8, "B", "C"), (9, "B", "D"), (7, "B", "E"),
         (5, "C", "E"), (15, "D", "E"), (6, "D", "F"), (8, "E", "F"), (9, "E", "G"), (11, "F", "G")]
dsu = DSU("ABCDEFG")
mst = [(w, u, v) for w, u, v in sorted(edges) if dsu.union(u, v)]
print(mst, sum(w for w, _, _ in mst))
grid = [
    "11000",
    "11010",
    "00100",
    "00011",
]
cells = [(r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "1"]
isl = DSU(cells)
for r, c in cells:
    for nr, nc in ((r + 1, c), (r, c + 1)):
        if (nr, nc) in isl.parent:
            isl.union((r, c), (nr, nc))
print("islands:", isl.components, [len(g) for g in isl.groups()])
