matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for row in matrix for i in range(len(row)) if i != 1])
print([[row[i] for row in matrix] for i in range(3)])
print({k: v for k, v in zip("abc", range(3)) if v}, {x % 3 for x in range(10)}, {(x, y) for x in range(2) for y in "ab"})
gen = (x * 2 for x in range(3))
print(list(gen), list(gen))
x = "outer"
print([x for x in range(2)], x)
class C:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
    try:
        bad = [v * len(vals) for v in range(2)]
    except NameError as e:
        err = str(e)
print(C.doubled, C.err)
def first_iter_evaluated_eagerly():
    it = [1, 2]
    g = (a for a in it)
    it = [9]
    return list(g)
print(first_iter_evaluated_eagerly())
def lazy_second():
    ys = [1]
    g = ((a, b) for a in [0] for b in ys)
    ys = [7]
    return list(g)
print(lazy_second())
try:
    [1 for _ in 5]
except TypeError as e:
    print(e)
try:
    list(x for x in None)
except TypeError as e:
    print(e)
print(sum(x * x for x in range(10)), max((len(w), w) for w in "a bb ccc".split()), sorted(set(c for c in "mississippi")))
print([i for i in range(20) if i % 2 if i % 3], [(i, j) for i in range(3) if i for j in range(i) if j != 1])
print({**{i: i * i for i in range(3)}, 5: 25}, dict.fromkeys("ab", 0), [*(c.upper() for c in "hi")])
nested = {k: [v for v in range(k)] for k in range(4)}
print(nested)
print([y for x in [[1, [2]], [3, [4]]] for y in x[1]], [f"{a}{b}" for a, b in [("x", 1), ("y", 2)]])
funcs = {name: (lambda n=name: n.upper()) for name in ["a", "b"]}
print({k: f() for k, f in funcs.items()})
print([[0] * 3 for _ in range(2)], [[]] * 2)
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
print(list(map(lambda t: t[0] * t[1], enumerate("abc"))))
def gen_in_comp():
    return [list(g) for g in ((i for i in range(n)) for n in range(3))]
print(gen_in_comp())
import itertools
print(list(itertools.chain.from_iterable([[1], [2, 3]])), list(itertools.product("ab", repeat=2)), list(itertools.permutations([1, 2, 3], 2))[:4])
print(list(itertools.combinations("abcd", 2)), list(itertools.accumulate([1, 2, 3, 4])), list(itertools.groupby("aabbbc"))[0][0])
print([(k, len(list(g))) for k, g in itertools.groupby(sorted("mississippi"))], list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.compress("abcdef", [1, 0, 1])), list(itertools.dropwhile(lambda v: v < 3, [1, 4, 1])))
print(list(itertools.repeat("r", 3)), list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.pairwise([1, 2, 3])))
a, b = itertools.tee([1, 2, 3])
print(list(a), list(b), list(itertools.filterfalse(None, [0, 1, 0, 2])))
