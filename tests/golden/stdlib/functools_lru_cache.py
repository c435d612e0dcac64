# functools.lru_cache / cache: hits, misses, eviction order, key semantics.
import functools

calls = []
@functools.lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
for v in [1, 2, 1, 3, 2, 1, 1]:
    sq(v)
print(calls, sq.cache_info(), sq.cache_parameters())
sq.cache_clear(); print(sq.cache_info())
print(sq.__name__, sq.__wrapped__.__name__)

@functools.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info())

@functools.cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(30), fact.cache_info(), fact.cache_parameters())

seen = []
@functools.lru_cache(maxsize=None)
def ident(*args, **kw):
    seen.append((args, kw))
    return len(seen)
print(ident(1), ident(1.0), ident(True), ident(x=1), ident(x=1), ident(1, x=1), ident(y=2, x=1), ident(x=1, y=2))
print(ident.cache_info())

typed_calls = []
@functools.lru_cache(typed=True)
def t(x):
    typed_calls.append(type(x).__name__)
    return x
t(1); t(1.0); t(True); t(1)
print(typed_calls, t.cache_info())

@functools.lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())

@functools.lru_cache(maxsize=-5)
def neg(x):
    return x
neg(1); neg(1); print(neg.cache_info())

try:
    @functools.lru_cache('big')
    def bad(x): pass
except TypeError as e:
    print('TypeError', e)
try:
    sq([1])
except TypeError as e:
    print('TypeError', e)

class C:
    @functools.lru_cache(maxsize=4)
    def m(self, x):
        return (self.tag, x)
    def __init__(self, tag):
        self.tag = tag
    def __hash__(self):
        return hash(self.tag)
    def __eq__(self, other):
        return self.tag == other.tag
a, b = C('a'), C('b')
print(a.m(1), b.m(1), a.m(1), C.m.cache_info())
print(type(fib.cache_info()).__name__, fib.cache_info()._fields, fib.cache_info().hits)
