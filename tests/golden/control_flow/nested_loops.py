# Nested loops: multiplication table, triangles, pairs, early exits via flags.
for i in range(1, 6):
    print(" ".join(f"{i * j:3d}" for j in range(1, 6)))
for row in range(1, 5):
    print(" " * (4 - row) + "*" * (2 * row - 1))
pairs = []
for i in range(4):
    for j in range(i + 1, 4):
        pairs.append((i, j))
print(pairs, len(pairs))
found = False
for a in range(1, 30):
    for b in range(a, 30):
        c2 = a * a + b * b
        c = int(c2 ** 0.5)
        if c * c == c2 and a + b + c == 24:
            found = True
            break
    if found:
        break
print("triple", a, b, c)
total = 0
for i in range(10):
    for j in range(10):
        for k in range(10):
            if (i + j + k) % 7 == 0:
                total += 1
print("count", total)
grid = [[(r * 3 + c) % 4 for c in range(5)] for r in range(4)]
for r in grid:
    print(r)
print([sum(col) for col in zip(*grid)])
