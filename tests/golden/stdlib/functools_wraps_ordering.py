# functools: wraps/update_wrapper, total_ordering, cmp_to_key, reduce.
import functools
from functools import wraps, update_wrapper, total_ordering, cmp_to_key, reduce
import operator

print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        print('calling', fn.__name__, args)
        return fn(*args, **kwargs)
    return wrapper

@logged
def add(x: int, y: int = 1) -> int:
    """Add two numbers."""
    return x + y
add.extra = 'kept'
print(add(2, 3), add.__name__, add.__qualname__, add.__doc__, add.__annotations__, add.__module__)
print(add.__wrapped__.__name__, add.__dict__ == {'__wrapped__': add.__wrapped__, 'extra': 'kept'})

def target(): "target doc"
target.flag = 1
def shell(): pass
r = update_wrapper(shell, target, assigned=('__doc__',), updated=())
print(r is shell, shell.__name__, shell.__doc__, hasattr(shell, 'flag'), shell.__wrapped__ is target)
update_wrapper(shell, target)
print(shell.__name__, shell.flag)
class NoName:
    pass
def w2(): pass
update_wrapper(w2, NoName())
print(w2.__name__, w2.__doc__)

@total_ordering
class Version:
    def __init__(self, *parts): self.parts = parts
    def __eq__(self, other): return self.parts == other.parts
    def __lt__(self, other): return self.parts < other.parts
    def __repr__(self): return 'V%s' % '.'.join(map(str, self.parts))
vs = [Version(1, 2), Version(1, 0), Version(2, 0), Version(1, 2, 1)]
print(sorted(vs), max(vs), Version(1, 0) <= Version(1, 0), Version(2) > Version(1, 9), Version(1) >= Version(2))
print(Version.__gt__.__name__, Version.__le__.__doc__)

@total_ordering
class Rev:
    def __init__(self, v): self.v = v
    def __ge__(self, other):
        if not isinstance(other, Rev): return NotImplemented
        return self.v >= other.v
    def __eq__(self, other): return self.v == other.v
print(Rev(1) < Rev(2), Rev(3) <= Rev(2), Rev(3) > Rev(2))
try:
    Rev(1) < 5
except TypeError as e:
    print('TypeError', e)
try:
    @total_ordering
    class Nothing: pass
except ValueError as e:
    print('ValueError', e)

def cmp_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
words = ['pear', 'fig', 'apple', 'kiwi', 'date', 'banana']
print(sorted(words, key=cmp_to_key(cmp_len_then_alpha)))
K = cmp_to_key(lambda a, b: b - a)
print(sorted([3, 1, 2], key=K), K(1) < K(2), K(1) == K(1), type(K(1)).__name__)
print(K.__hash__)

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6), 10), reduce(lambda a, b: a + [b], 'abc', []))
print(reduce(max, [3, 9, 2]), reduce(operator.add, [], 'init'), reduce(operator.add, ['only']))
for bad in [lambda: reduce(operator.add, []), lambda: reduce(operator.add, 5), lambda: reduce(operator.add)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
