import sys
sys.setrecursionlimit(3000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(2500))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10, "A", "B", "C", [])), hanoi(2, "A", "B", "C", []))
def permutations(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in permutations(s[:i] + s[i + 1:])]
print(permutations("abc"))
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, [5]]]], 6])))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(1000), is_odd(777))
memo = {}
def count_paths(r, c):
    if r == 0 or c == 0:
        return 1
    if (r, c) not in memo:
        memo[r, c] = count_paths(r - 1, c) + count_paths(r, c - 1)
    return memo[r, c]
print(count_paths(16, 16))
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print("RecursionError:", e)
class Tree:
    def __init__(self, v, *kids):
        self.v, self.kids = v, kids
    def size(self):
        return 1 + sum(k.size() for k in self.kids)
    def __repr__(self):
        return f"T({self.v}{', ' if self.kids else ''}{', '.join(map(repr, self.kids))})"
t = Tree(1, Tree(2, Tree(4)), Tree(3))
print(t.size(), t)
def binsearch(a, x, lo=0, hi=None):
    hi = len(a) if hi is None else hi
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if a[mid] == x:
        return mid
    return binsearch(a, x, mid + 1, hi) if a[mid] < x else binsearch(a, x, lo, mid)
print([binsearch(list(range(0, 100, 3)), v) for v in (0, 33, 34, 99)])
