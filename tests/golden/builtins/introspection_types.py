# type(x).__name__ and repr of builtin objects, dir() of builtin types,
# __doc__ presence, callable, vars() errors.
import sys, types
def gen():
    yield 1
async def coro():
    pass
def f():
    x = 1
    def g():
        return x
    return g
c = coro()
objs = [{}.keys(), {}.values(), {}.items(), iter([]), iter(()), iter(""), iter("é"), iter(range(1)), iter(set()),
        iter({}), reversed([]), gen(), c, (1).__add__, len, int.__add__, str.join, int.real, type.__dict__['__name__'],
        type.__dict__, None, ..., NotImplemented, f, f().__closure__[0], sys._getframe(), f.__code__, sys,
        iter(bytearray()), iter(b""), map(len, []), zip(), enumerate([]), filter(None, []), reversed(range(2)),
        slice(1), range(2), memoryview(b""), property(), staticmethod(len), classmethod(len), super(int, 1),
        types.SimpleNamespace(), object(), type, [].append, "".join, dict.fromkeys, int.from_bytes, {}.__contains__]
for o in objs:
    print(type(o).__name__)
c.close()
try:
    raise ValueError
except ValueError as e:
    print(type(e.__traceback__).__name__)
for o in [None, ..., NotImplemented, len, int.__add__, str.join, int.real, slice(1, 2), range(3), range(1, 5, 2),
          types.SimpleNamespace(a=1), {}.keys(), {1: 2}.items(), {1: 2}.values(), type.__dict__['__name__'],
          [].append.__self__, int.__dict__['__dict__'] if '__dict__' in int.__dict__ else 'nodict',
          object.__init__]:
    print(repr(o))
for t in [str, list, dict, int, object, tuple, set, frozenset, float, bytes, bool, complex, range, slice, type]:
    print(t.__name__, dir(t))
print(dir())
print([type(t.__doc__).__name__ for t in (str, int, list, len, str.split, dict.get)])
print(str.__doc__ is not None, callable(len), callable(1), callable(int), callable(lambda: 0))
for v in [1, "s", [], None]:
    try:
        vars(v)
    except TypeError as e:
        print("TypeError", e)
try:
    vars(1, 2)
except TypeError as e:
    print("TypeError", e)
class K:
    a = 1
    def __init__(self):
        self.b = 2
print(vars(K()), sorted(k for k in vars(K) if not k.startswith('__')))
print(sorted(vars(types.SimpleNamespace(z=1, y=2)).items()))
