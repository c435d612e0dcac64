# Generator expressions: laziness, single-use, passing to functions, first-iterable evaluation.
g = (x * 2 for x in range(4))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x * x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]), "-".join(str(i) for i in range(4)))
print(any(x > 5 for x in range(10)), all(x < 5 for x in range(10)), sorted((x % 3 for x in range(7)), reverse=True))
def source():
    print("source evaluated")
    return range(3)
lazy = (print("body", x) or x for x in source())
print("created")
print(list(lazy))
items = [1, 2, 3]
gen = (i for i in items)
items.append(4)
print(list(gen))
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
pairs = ((a, b) for a in "ab" for b in "12")
print(list(pairs), dict((str(k), k) for k in range(3)), tuple(c for c in "tup"), set(i % 2 for i in range(9)))
print(list(x for x in range(3) if x), next((x for x in [] ), "empty"), next(x for x in "first"))
