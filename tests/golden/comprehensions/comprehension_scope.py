# Comprehension scoping: the loop variable does not leak, class bodies, walrus binds outside.
i = "unchanged"
squares = [i * i for i in range(3)]
print(i, squares)
total = 0
vals = [(total := total + v) for v in [1, 2, 3]]
print(vals, total)
class Config:
    base = 10
    scaled = [base * 2 for _ in range(1)] if False else None
    names = [n.upper() for n in ["a", "b"]]
print(Config.names, Config.scaled)
def f():
    k = 3
    return [k * j for j in range(3)], {j: k for j in range(2)}
print(f())
def nested():
    return [[x + y for y in range(2)] for x in range(0, 20, 10)]
print(nested())
first = [x for x in range(3)][0]
print(first)
