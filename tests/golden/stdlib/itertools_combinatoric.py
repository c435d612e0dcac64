# itertools: product, permutations, combinations, combinations_with_replacement.
import itertools as it

print(list(it.product('ab', 'xy')), list(it.product(range(2), repeat=3)))
print(list(it.product('ab', [1], repeat=2)), list(it.product()), list(it.product('ab', [])), list(it.product(repeat=0)))
print(list(it.permutations('abc')), list(it.permutations('abcd', 2)))
print(list(it.permutations(range(3), 0)), list(it.permutations('ab', 3)), len(list(it.permutations(range(6)))))
print(list(it.combinations('abcd', 2)), list(it.combinations(range(5), 3)))
print(list(it.combinations('ab', 0)), list(it.combinations('ab', 3)), list(it.combinations([], 0)))
print(list(it.combinations_with_replacement('abc', 2)), list(it.combinations_with_replacement(range(2), 3)))
print(list(it.combinations_with_replacement('', 0)), list(it.combinations_with_replacement('', 1)), list(it.combinations_with_replacement('a', 0)))
print(sum(1 for _ in it.product(range(4), repeat=4)), sum(1 for _ in it.combinations(range(10), 4)), sum(1 for _ in it.combinations_with_replacement(range(5), 3)))
pool = iter([3, 1, 2])
print(list(it.combinations(pool, 2)), list(pool))
print(list(it.permutations([1, 1, 2], 2)))
for f in [lambda: it.permutations('ab', -1), lambda: it.permutations('ab', 'a'), lambda: it.combinations('ab'),
          lambda: it.combinations('ab', -1), lambda: it.combinations_with_replacement('ab', -2),
          lambda: it.product([1], repeat=-1), lambda: it.product(1), lambda: it.permutations(),
          lambda: it.combinations(5, 2), lambda: it.product('a', rep=2)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(type(it.product()).__name__, type(it.permutations('')).__name__, type(it.combinations('', 0)).__name__)
