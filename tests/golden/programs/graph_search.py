# Graph algorithms on an adjacency dict: BFS shortest paths, DFS order, topological sort, Dijkstra.
import heapq
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": [], "g": ["a"]}
def bfs(start):
    dist, order, frontier = {start: 0}, [start], [start]
    while frontier:
        nxt = []
        for node in frontier:
            for nb in graph[node]:
                if nb not in dist:
                    dist[nb] = dist[node] + 1
                    order.append(nb)
                    nxt.append(nb)
        frontier = nxt
    return dist, order
print(bfs("a"))
def dfs(node, seen=None):
    seen = [] if seen is None else seen
    seen.append(node)
    for nb in graph[node]:
        if nb not in seen:
            dfs(nb, seen)
    return seen
print(dfs("g"))
def topo():
    indeg = {n: 0 for n in graph}
    for n in graph:
        for nb in graph[n]:
            indeg[nb] += 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for nb in graph[n]:
            indeg[nb] -= 1
            if indeg[nb] == 0:
                ready.append(nb)
                ready.sort()
    return out
print(topo())
weighted = {"A": {"B": 4, "C": 1}, "B": {"D": 1}, "C": {"B": 2, "D": 5}, "D": {"E": 3}, "E": {}}
def dijkstra(src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in sorted(weighted[u].items()):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v], prev[v] = nd, u
                heapq.heappush(pq, (nd, v))
    return dist, prev
dist, prev = dijkstra("A")
print(dist)
path, node = [], "E"
while node != "A":
    path.append(node)
    node = prev[node]
print(" -> ".join(["A"] + path[::-1]))
