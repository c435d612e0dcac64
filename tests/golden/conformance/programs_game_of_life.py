# Conway's game of life on a small torus and a bounded grid, with generation stats
def parse(pattern):
    return {(r, c) for r, line in enumerate(pattern.strip().splitlines()) for c, ch in enumerate(line) if ch == "#"}


def neighbours(cell, rows, cols, wrap):
    r, c = cell
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr or dc:
                nr, nc = r + dr, c + dc
                if wrap:
                    yield nr % rows, nc % cols
                elif 0 <= nr < rows and 0 <= nc < cols:
                    yield nr, nc


def step(live, rows, cols, wrap=True):
    counts = {}
    for cell in live:
        for n in neighbours(cell, rows, cols, wrap):
            counts[n] = counts.get(n, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def render(live, rows, cols):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(cols)) for r in range(rows))


glider = parse("""
.#.
..#
###
""")
world = glider
for gen in range(5):
    print(f"gen {gen}: {len(world)} alive")
    print(render(world, 6, 6))
    world = step(world, 6, 6)
blinker = parse("###")
b = {(r + 1, c) for r, c in blinker}
print(render(b, 3, 3), "->", render(step(b, 3, 3, wrap=False), 3, 3), sep="\n")
history = []
world = parse("""
.##
##.
.#.
""")
world = {(r + 5, c + 5) for r, c in world}
for gen in range(30):
    history.append(len(world))
    world = step(world, 16, 16)
print(history)
print(min(history), max(history), sum(history) / len(history))
