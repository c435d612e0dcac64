# itertools: the iterators that stop with their shortest input.
import itertools as it
import operator

print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate('abc')))
print(list(it.accumulate([1, 2, 3], operator.mul, initial=10)), list(it.accumulate([], initial=5)), list(it.accumulate([])))
print(list(it.chain('ab', [1, 2], (), range(2))), list(it.chain()), list(it.chain.from_iterable(['xy', [1], ''])))
print(list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])), list(it.compress(range(10), [0, 1] * 2)))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, '', 'a', None, [], [0]])))
print([(k, list(g)) for k, g in it.groupby('AAAABBBCCDAABBB')])
print([k for k, g in it.groupby('AAAABBBCCD')], [(k, len(list(g))) for k, g in it.groupby(sorted('mississippi'))])
print([(k, list(g)) for k, g in it.groupby([1, 3, 5, 2, 4, 7], key=lambda x: x % 2)])
groups = list(it.groupby('aabbbc'))
print([(k, list(g)) for k, g in groups])
gb = it.groupby('xxyyz'); k1, g1 = next(gb); k2, g2 = next(gb); print(k1, list(g1), k2, list(g2), next(gb)[0])
print(list(it.islice('ABCDEFG', 2)), list(it.islice('ABCDEFG', 2, 4)), list(it.islice('ABCDEFG', 2, None)), list(it.islice('ABCDEFG', 0, None, 2)))
print(list(it.islice('ABC', None)), list(it.islice('ABC', 1, None, None)), list(it.islice(it.count(), 3, 10, 3)), list(it.islice('AB', 5, 10)))
src = iter(range(10))
print(list(it.islice(src, 2, 4)), next(src))
print(list(it.pairwise('ABCDE')), list(it.pairwise('A')), list(it.pairwise([])))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(it.starmap(lambda *a: sum(a), [[1, 2, 3], (4,)])))
a, b = it.tee(iter([1, 2, 3]))
print(next(a), list(b), list(a))
x, y, z = it.tee('abc', 3)
print(list(x), list(y), list(z), it.tee([1], 0), len(it.tee([1])))
t1, t2 = it.tee(range(3)); t3, = it.tee(t1, 1); print(list(t3), list(t2))
print(list(it.zip_longest('ABCD', 'xy', fillvalue='-')), list(it.zip_longest('ab', [1, 2, 3], [True])), list(it.zip_longest()))
print(list(zip(it.count(), it.takewhile(str.isalpha, 'abc1d'))))

seen = []
def pred(x):
    seen.append(x)
    return x < 3
print(list(it.takewhile(pred, [1, 2, 3, 4])), seen)
for f in [lambda: list(it.chain([1], 1)), lambda: it.chain.from_iterable(1), lambda: list(it.chain.from_iterable([1])),
          lambda: it.compress([1]), lambda: it.dropwhile(len), lambda: it.takewhile(), lambda: it.filterfalse(None),
          lambda: it.starmap(len), lambda: list(it.starmap(len, [1])), lambda: it.groupby(),
          lambda: it.pairwise(), lambda: it.pairwise(1, 2), lambda: it.zip_longest([1], fill=2),
          lambda: it.accumulate(), lambda: list(it.accumulate([1, 'a'])), lambda: it.tee(), lambda: it.tee([1], -1),
          lambda: it.chain(a=1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
