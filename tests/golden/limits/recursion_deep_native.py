# Deep recursion under a high recursion limit: Python-to-Python calls run on
# the interpreter's data stack (also once compiled: past half of the native
# stack, new frames are interpreted), so they reach CPython's depths.
import sys

sys.setrecursionlimit(10**6)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


for n in (1000, 50000, 120000):
    print(n, depth(n))


def walk(node):
    total = 0
    for child in node:
        total += 1 + walk(child)
    return total


chain = []
for _ in range(30000):
    chain = [chain]
print("walk", walk(chain))


sys.setrecursionlimit(1000)
print("after", depth(900))
