# Conway's Game of Life on a small torus: a glider and a blinker over several generations.
W, H = 10, 8
def step(cells):
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    key = ((x + dx) % W, (y + dy) % H)
                    counts[key] = counts.get(key, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in cells)}
def show(cells):
    for y in range(H):
        print("".join("#" if (x, y) in cells else "." for x in range(W)))
cells = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2), (7, 5), (7, 6), (7, 7)}
for gen in range(5):
    print(f"generation {gen}: {len(cells)} cells")
    show(cells)
    cells = step(cells)
for _ in range(35):
    cells = step(cells)
print("after 40:", sorted(cells))
