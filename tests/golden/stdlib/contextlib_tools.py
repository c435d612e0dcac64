# contextlib: suppress, closing, nullcontext, redirect_stdout/stderr, AbstractContextManager, ContextDecorator.
import sys
from contextlib import suppress, closing, nullcontext, redirect_stdout, redirect_stderr, AbstractContextManager, ContextDecorator

with suppress(KeyError, IndexError):
    [][1]
print('suppressed IndexError')
with suppress(LookupError):
    {}['k']
print('suppressed KeyError via LookupError')
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print('ZeroDivisionError not suppressed')
with suppress():
    pass
try:
    with suppress():
        raise ValueError('x')
except ValueError:
    print('empty suppress suppresses nothing')

class Res:
    def __init__(self, name): self.name = name
    def close(self): print('closed', self.name)
with closing(Res('r1')) as r:
    print('using', r.name)
try:
    with closing(Res('r2')):
        raise KeyError
except KeyError:
    print('KeyError after close')

with nullcontext(5) as n:
    print('nullcontext', n)
with nullcontext() as n:
    print('nullcontext', n)
cm = nullcontext('reused')
with cm as a, cm as b:
    print(a, b)

class Buf:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): pass
b = Buf()
with redirect_stdout(b) as target:
    print('captured', 42)
    print('more', end='')
print(b.parts, target is b)
e = Buf()
with redirect_stderr(e):
    sys.stderr.write('to err\n')
print(e.parts)
outer, inner = Buf(), Buf()
with redirect_stdout(outer):
    print('outer 1')
    with redirect_stdout(inner):
        print('inner')
    print('outer 2')
print(outer.parts, inner.parts)

class MyCM(AbstractContextManager):
    def __exit__(self, *a):
        return None
with MyCM() as c:
    print(type(c).__name__)
class Duck:
    def __enter__(self): return self
    def __exit__(self, *a): pass
print(issubclass(Duck, AbstractContextManager), isinstance(Duck(), AbstractContextManager), issubclass(int, AbstractContextManager))
try:
    class Incomplete(AbstractContextManager):
        pass
    Incomplete()
except TypeError as err:
    print('TypeError', err)

class mydeco(ContextDecorator):
    def __enter__(self):
        print('deco enter')
        return self
    def __exit__(self, *exc):
        print('deco exit', exc[0].__name__ if exc[0] else None)
        return False
@mydeco()
def g(x):
    print('g body', x)
    return x + 1
print(g(1))
@mydeco()
def h():
    raise ValueError('in h')
try:
    h()
except ValueError as err:
    print('ValueError', err)
print(g.__name__)
