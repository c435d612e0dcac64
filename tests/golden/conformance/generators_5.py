# Generator expressions, scoping, laziness and late binding
x = 10
g = (x * i for i in range(3))
x = 20
print(list(g))

data = [1, 2, 3]
g2 = (d * 2 for d in data)
data = [100]
print(list(g2))

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([f() for f in funcs2])


def lazy_log(n):
    for i in range(n):
        print("produce", i)
        yield i


total = 0
for v in lazy_log(3):
    print("consume", v)
    total += v
print("total", total)
print(any(v > 0 for v in lazy_log(5)))
print(all(v < 1 for v in lazy_log(5)))
print(sum(i for i in range(101)), max((len(w), w) for w in "the quick brown fox".split()))
print(sorted((c for c in "generator"), reverse=True))
print(dict((k, len(k)) for k in ["a", "bb", "ccc"]))
print(tuple(i for i in range(5) if i % 2), set(i % 3 for i in range(10)))
try:
    print(list(1 / i for i in range(-2, 3)))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
gen = (i for i in range(3))
print(list(gen), list(gen))
print(list(zip((a for a in "xyz"), (b for b in range(10)))))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
print(" ".join(str(n) for n in range(5)))
try:
    (i for i in 5)
except TypeError as e:
    print("TypeError:", e)
g3 = (i for i in range(2))
print(g3.gi_running, g3.__name__)
