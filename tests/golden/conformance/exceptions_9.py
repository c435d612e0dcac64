# RecursionError, deep recursion handled, and errors inside recursion
import sys


def infinite(n):
    return infinite(n + 1)


try:
    infinite(0)
except RecursionError as e:
    print("RecursionError:", e)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3))


class Node:
    def __init__(self, child=None):
        self.child = child

    def __repr__(self):
        return f"Node({self.child!r})"


n = Node()
n.child = n
try:
    repr(n)
except RecursionError as e:
    print("RecursionError in repr:", str(e)[:40])

lst = [1]
lst.append(lst)
print(lst)
d = {"k": 1}
d["self"] = d
print(d)
print(sys.getrecursionlimit() >= 1000)


def mutual_a(n):
    return "a" if n <= 0 else mutual_b(n - 1)


def mutual_b(n):
    return "b" if n <= 0 else mutual_a(n - 1)


print(mutual_a(101), mutual_a(100))
try:
    mutual_a(10 ** 6)
except RecursionError:
    print("mutual recursion overflow caught")
print(depth(100))
