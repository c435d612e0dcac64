# Recursion: permutations, combinations, subsets, n-queens count, hanoi, flood fill
def permutations(items):
    if len(items) <= 1:
        return [list(items)]
    out = []
    for i, x in enumerate(items):
        for p in permutations(items[:i] + items[i + 1:]):
            out.append([x] + p)
    return out


def combinations(items, k):
    if k == 0:
        return [[]]
    if len(items) < k:
        return []
    first, rest = items[0], items[1:]
    return [[first] + c for c in combinations(rest, k - 1)] + combinations(rest, k)


def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + s for s in rest]


def queens(n, row=0, cols=(), d1=(), d2=()):
    if row == n:
        return 1
    total = 0
    for c in range(n):
        if c not in cols and row + c not in d1 and row - c not in d2:
            total += queens(n, row + 1, cols + (c,), d1 + (row + c,), d2 + (row - c,))
    return total


def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append(src + dst)
        hanoi(n - 1, via, dst, src, moves)
    return moves


print(permutations([1, 2, 3]))
print(len(permutations(list("abcde"))), ["".join(p) for p in permutations("abc")])
print(combinations([1, 2, 3, 4], 2), len(combinations(list(range(10)), 3)))
print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))
print([queens(n) for n in range(1, 8)])
print(hanoi(3), len(hanoi(10)))
img = [list("aab."), list("a.bb"), list("aaab")]


def fill(g, r, c, new, old=None):
    if old is None:
        old = g[r][c]
    if not (0 <= r < len(g) and 0 <= c < len(g[0])) or g[r][c] != old or old == new:
        return 0
    g[r][c] = new
    return 1 + sum(fill(g, r + dr, c + dc, new, old) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))


print(fill(img, 0, 0, "X"), ["".join(row) for row in img])


def power_set_str(s):
    return ["".join(c for i, c in enumerate(s) if mask >> i & 1) for mask in range(1 << len(s))]


print(power_set_str("abc"))
