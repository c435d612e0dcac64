# contextlib.contextmanager: enter/exit, exceptions thrown in, the RuntimeError rules.
from contextlib import contextmanager

@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    except KeyError as e:
        print('caught', repr(e))
    finally:
        print('</%s>' % name)

with tag('a') as v:
    print('body', v)
with tag('b'):
    raise KeyError('k')
print('after b')
try:
    with tag('c'):
        raise ValueError('v')
except ValueError as e:
    print('outer', e)

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

@contextmanager
def swallow_then_yield():
    try:
        yield
    except Exception:
        yield
try:
    with swallow_then_yield():
        1 / 0
except RuntimeError as e:
    print('RuntimeError', e)

@contextmanager
def convert():
    try:
        yield
    except ZeroDivisionError as e:
        raise ValueError('converted') from e
try:
    with convert():
        1 / 0
except ValueError as e:
    print('ValueError', e, type(e.__cause__).__name__)

@contextmanager
def passthrough():
    yield
for exc in [StopIteration('si'), KeyError('ke'), GeneratorExit()]:
    try:
        with passthrough():
            raise exc
    except BaseException as e:
        print('propagated', type(e).__name__, e is exc)

@contextmanager
def suppress_all():
    try:
        yield
    except Exception as e:
        print('suppressing', type(e).__name__)
with suppress_all():
    raise IndexError
print('continued')

@contextmanager
def returns_after_stop():
    try:
        yield
    except StopIteration:
        return
try:
    with returns_after_stop():
        raise StopIteration('x')
    print('StopIteration suppressed by return')
except StopIteration:
    print('StopIteration propagated')

@contextmanager
def resource(n):
    print('open', n)
    yield n
    print('close', n)

@resource(7)
def work(x):
    print('working', x)
    return x * 2
print(work(1), work(2))

cm = resource(1)
print(type(cm).__name__, cm.__doc__)
with cm as val:
    print('val', val)

@contextmanager
def cleanup_order(log):
    log.append('enter')
    try:
        yield log
    finally:
        log.append('exit')
log = []
with cleanup_order(log) as l1, cleanup_order(log) as l2:
    log.append('body')
print(log)

@contextmanager
def gen_doc():
    """Documented manager."""
    yield
print(gen_doc.__doc__, gen_doc.__name__, gen_doc().__doc__)
