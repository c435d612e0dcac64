# Comprehension scoping rules
x = "global x"
result = [x for x in range(3)]
print(result, x)

y = 10
print([y * i for i in range(3)])


class Scope:
    factor = 3
    values = [1, 2, 3]
    first = [v for v in values]
    try:
        scaled = [v * factor for v in values]
    except NameError as e:
        scaled = str(e)
    try:
        pairs = [(a, b) for a in values for b in values if a < b]
    except NameError as e:
        pairs = 'NameError: ' + str(e)


print(Scope.first, Scope.scaled)
print(Scope.pairs)


def outer():
    n = 5
    return [[n * i for i in range(j)] for j in range(3)]


print(outer())


def uses_walrus():
    data = [3, 8, 1, 9, 4]
    big = [last := v for v in data if v > 2]
    return big, last


print(uses_walrus())
total = 0
running = [total := total + v for v in [1, 2, 3, 4]]
print(running, total)
i = "unchanged"
_ = {i: i * 2 for i in range(3)}
print(i)
funcs = [lambda: k for k in range(3)]
print([f() for f in funcs])
gen = (z for z in range(3))
try:
    print(z)
except NameError as e:
    print("NameError:", e)
print([[j for j in range(i)] for i in range(4)])
matrix = [[1, 2], [3, 4]]
print([v for row in matrix for v in row])
try:
    [undefined_var for _ in range(1)]
except NameError as e:
    print("NameError:", e)
