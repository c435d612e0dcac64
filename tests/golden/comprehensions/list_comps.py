# List comprehensions: filters, nesting, multiple for clauses, scoping, conditional expressions.
print([x * x for x in range(8)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[r * c for c in range(1, 4)] for r in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix], [[row[i] for row in matrix] for i in range(3)])
print([c.upper() for c in "hello" if c not in "aeiou"], [w[::-1] for w in "ab cd ef".split()])
x = "outer"
print([x for x in "abc"], x)
print([y for y in []], [i if i % 2 else -i for i in range(5)], [f(3) for f in (abs, str, float)])
print([(i, j) for i in range(3) if i for j in range(3) if j != i])
print([n for n in range(2, 30) if all(n % d for d in range(2, n))])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
print([[1, 2][k] for k in (0, 1, -1)], [a + b for a, b in zip("abc", "xyz")], [*range(3), *[9]])
print([len(s) for s in ["", "a", "ab"]], [str(i) * i for i in range(4)], [[]for _ in range(2)])
