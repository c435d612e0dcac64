# Graph algorithms: BFS shortest path, DFS, topological sort, cycle detection, Dijkstra
graph = {
    "A": ["B", "C"],
    "B": ["D", "E"],
    "C": ["F"],
    "D": [],
    "E": ["F"],
    "F": ["G"],
    "G": [],
}


def bfs(g, start, goal):
    queue = [[start]]
    seen = {start}
    while queue:
        path = queue.pop(0)
        node = path[-1]
        if node == goal:
            return path
        for nb in g[node]:
            if nb not in seen:
                seen.add(nb)
                queue.append(path + [nb])
    return None


def dfs(g, start, visited=None):
    if visited is None:
        visited = []
    visited.append(start)
    for nb in g[start]:
        if nb not in visited:
            dfs(g, nb, visited)
    return visited


def topo(g):
    indeg = {n: 0 for n in g}
    for n in g:
        for m in g[n]:
            indeg[m] += 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for m in g[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    if len(order) != len(g):
        raise ValueError("graph has a cycle")
    return order


print(bfs(graph, "A", "G"), bfs(graph, "D", "A"), bfs(graph, "A", "A"))
print(dfs(graph, "A"))
print(topo(graph))
cyclic = dict(graph, G=["A"])
try:
    topo(cyclic)
except ValueError as e:
    print("ValueError:", e)

weighted = {
    "s": {"a": 7, "b": 2},
    "a": {"c": 1},
    "b": {"a": 3, "c": 8},
    "c": {"t": 1},
    "t": {},
}


def dijkstra(g, src):
    dist = {n: float("inf") for n in g}
    prev = {}
    dist[src] = 0
    todo = set(g)
    while todo:
        u = min(todo, key=lambda n: (dist[n], n))
        todo.remove(u)
        for v, w in g[u].items():
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                prev[v] = u
    return dist, prev


dist, prev = dijkstra(weighted, "s")
print(dist)
node, path = "t", []
while node != "s":
    path.append(node)
    node = prev[node]
print(["s"] + path[::-1])
grid = ["S.#.", "..#.", "...E"]
start = next((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "S")
q, seen = [(start, 0)], {start}
while q:
    (r, c), d = q.pop(0)
    if grid[r][c] == "E":
        print("grid distance", d)
        break
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] != "#" and (nr, nc) not in seen:
            seen.add((nr, nc))
            q.append(((nr, nc), d + 1))
