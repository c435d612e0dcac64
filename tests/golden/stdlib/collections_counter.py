# collections.Counter: counting, most_common order, arithmetic, comparisons, repr.
from collections import Counter

c = Counter('abracadabra')
print(c, c['a'], c['zzz'], len(c), c.total())
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1, d=1).elements()))
print(Counter(), Counter({'x': 3, 'y': 1}), Counter(x=1, y=2), Counter(['b', 'a', 'b']))
c.update('aaz'); print(c)
c.update({'q': 3, 'a': -5}); print(c)
c.subtract('bbb'); print(c)
c.subtract({'z': 10}); print(c)
c.update(w=2); print(c['w'])
del c['nope']; del c['w']; print('w' in c)
a = Counter(a=3, b=1, c=0, d=-2)
b = Counter(a=1, b=2, e=4)
print(a + b, a - b, a & b, a | b, +a, -a)
a2 = a.copy(); a2 += b; print(a2)
a3 = a.copy(); a3 -= b; print(a3)
a4 = a.copy(); a4 |= b; print(a4)
a5 = a.copy(); a5 &= b; print(a5)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {'a': 1}, Counter(a=1) <= Counter(a=2), Counter(a=2) < Counter(a=2), Counter(a=3, b=1) >= Counter(a=1), Counter(a=1) > Counter())
words = 'the cat and the hat and the bat'.split()
wc = Counter(words)
print(wc.most_common(3), sorted(wc), wc.total())
print(Counter('hello world').most_common(4))
print(Counter({'x': 1.5, 'y': 0.5}), Counter({1: 'a', 2: 'b'}) if False else Counter({'k': 3}).copy())
class MyCounter(Counter):
    pass
print(MyCounter('aab'), type(MyCounter('a').copy()).__name__, type(MyCounter('a') + MyCounter('b')).__name__)
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print('NotImplementedError', e)
try:
    Counter('a') + {'a': 1}
except TypeError as e:
    print('TypeError', e)
print(Counter('aab').keys(), Counter('aab').values(), list(Counter('cba').items()))
print(repr(Counter({'b': 1, 'a': 1, 'c': 2})), dict(Counter('ba')))
