# dis of more statements: imports, del, global/nonlocal, walrus, starred
# containers and calls, decorators, annotations, keyword-only defaults,
# constant folding, return inside finally/with, try in generators,
# async comprehensions, while/else, chained assignment, string joins.
from _dishelp import show, snippet


def imports():
    import os.path
    from collections import OrderedDict as OD, deque
    from . import sibling
    from .. import parent
    return os, OD, deque, sibling, parent


def deletions(d, seq):
    x = 1
    del x
    del d['k'], seq[1:2]
    global counter
    del counter


def walrus(items):
    if (n := len(items)) > 3:
        return n
    return [y for x in items if (y := x * 2)]


def starred(a, b, c):
    return [*a, *b], (*a, 1), {*a, *c}, {**b, 'k': 1, **c}, print(*a, *b, sep='', **c)


def decorated(deco, arg):
    @deco
    @deco(arg)
    def target(x: int, *, y: str = 'y') -> None:
        pass
    return target


def folding():
    return 2 * 3 + 4, 'a' + 'b', (1, 2) + (3,), not True, -(-5), 1 << 70, 'ab' * 3, (1, 2)[0]


def return_in_finally(f):
    try:
        return f()
    finally:
        return None


def return_in_with(cm, f):
    with cm:
        return f()


def generator_try(items):
    try:
        for item in items:
            yield item
    except GeneratorExit:
        print('closed')
        raise
    finally:
        print('finally')


async def async_comprehensions(source):
    values = [v async for v in source]
    awaited = [await v for v in values]
    return {k: v async for k, v in source}, values, awaited


def while_else(n):
    while n > 0:
        n -= 1
        if n == 5:
            break
    else:
        return 'exhausted'
    return n


def chained_assignment():
    a = b = c = []
    x, y = y, x = 1, 2
    return a, b, c, x, y


def joins(parts, sep):
    return sep.join(parts) + ''.join(['a', 'b']) + '%s-%d' % ('x', 3)


def keyword_defaults(a, b=[], *args, c, d={}, **kw):
    return a, b, args, c, d, kw


counter = 0
for function in (imports, deletions, walrus, starred, decorated, folding,
                 return_in_finally, return_in_with, generator_try,
                 async_comprehensions, while_else, chained_assignment, joins,
                 keyword_defaults):
    print(function.__name__)
    show(function)

print('module-level code')
show(snippet('''
import sys
from os import path as p
x: int = 1
y: 'list[int]'
__all__ = ['x']
if x:
    del x
try:
    import missing
except ImportError:
    missing = None
class C(object, metaclass=type):
    attr: int = 3
def f(*, k): return k
print(f(k=2))
for i in range(3): pass
with open(__file__) as fh: pass
'''))
