# collections.abc.Callable on functions, builtins, methods and classes.
import collections.abc as cabc
def f(): pass
class C:
    def m(self): pass
class WithCall:
    def __call__(self): pass
for obj in [f, len, print, [].append, C, C().m, WithCall(), lambda: 0, 1, 'x', str.join, int.__add__]:
    print(type(obj).__name__, isinstance(obj, cabc.Callable), callable(obj))
print(hasattr(len, '__call__'), hasattr(f, '__call__'), '__call__' in type(f).__dict__)
