# contextlib.ExitStack: LIFO unwinding, enter_context, push, pop_all, exception chaining.
from contextlib import ExitStack, contextmanager

@contextmanager
def tag(name):
    print('enter', name)
    try:
        yield name
    finally:
        print('exit', name)

with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in 'abc']
    stack.callback(print, 'callback', 1, sep='-')
    print('inside', names)

def boom(*exc):
    raise IndexError('in callback')
try:
    with ExitStack() as st:
        st.callback(boom)
        st.push(lambda *exc: print('exit saw', exc[0].__name__ if exc[0] else None))
        raise KeyError('orig')
except IndexError as e:
    print('got', repr(e), 'context', repr(e.__context__))

try:
    with ExitStack() as st:
        st.enter_context(1)
except TypeError as e:
    print('TypeError', e)

with ExitStack() as st:
    st.push(lambda *e: True)
    raise ValueError('swallowed')
print('suppressed by stack')

s1 = ExitStack()
s1.callback(print, 'moved callback')
s2 = s1.pop_all()
s1.close()
print('s1 closed')
s2.close()

class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print('CM enter', self.n); return self
    def __exit__(self, *exc):
        print('CM exit', self.n, exc[0].__name__ if exc[0] else None)
        return self.n == 2
with ExitStack() as st:
    for i in range(3):
        st.enter_context(CM(i))
    raise RuntimeError('handled by CM 2')
print('after')

try:
    with ExitStack() as st:
        st.callback(lambda: 1 / 0)
        st.callback(lambda: [][1])
except ZeroDivisionError as e:
    print('ZeroDivisionError with context', type(e.__context__).__name__)

@ExitStack().callback
def registered():
    pass
print(registered.__name__)
with ExitStack() as st:
    cb = st.callback(print, 'unregistered?')
    st.pop_all()
print('done')
