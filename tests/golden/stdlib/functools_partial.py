# functools.partial and partialmethod.
import functools
from functools import partial, partialmethod

def f(a, b, c=3, **kw):
    return (a, b, c, kw)

p = partial(f, 1, c=5)
print(p(2), p(2, c=9), p(2, d=4))
q = partial(p, 2, d=6)
print(q(), q.func is f, q.args, q.keywords)
print(partial(f)(1, 2), partial(f, 1, 2, 3)())
print(repr(partial(max, 1, key=None)), repr(partial(sorted)))
class MyPartial(partial):
    pass
mp = MyPartial(max, 2)
print(repr(mp), mp(7), type(mp).__name__, isinstance(mp, partial))
print(repr(partial(mp, 3)), partial(mp, 3).func is mp)

basetwo = partial(int, base=2)
basetwo.__doc__ = 'Convert base 2 string to an int.'
print(basetwo('10010'), basetwo.__doc__, basetwo.keywords)
p2 = partial(f, 1)
p2.attr = 'set'
print(p2.attr, partial(p2, 2).func is p2)
print(sorted(['b', 'A', 'c'], key=partial(str.lower)))

for bad in [lambda: partial(), lambda: partial(3), lambda: partial(f)(), lambda: p(1, 2, 3)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)

class Cell:
    def __init__(self):
        self._alive = False
    def set_state(self, state):
        self._alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
    @classmethod
    def make(cls, n, tag):
        return (cls.__name__, n, tag)
    make_a = partialmethod(make, tag='a')
c = Cell()
c.set_alive(); print(c._alive)
c.set_dead(); print(c._alive)
print(Cell.make_a(3), c.make_a(4))
print(repr(Cell.__dict__['set_alive']).startswith('functools.partialmethod('))
