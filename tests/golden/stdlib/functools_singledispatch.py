# functools.singledispatch, singledispatchmethod, cached_property.
import functools
from functools import singledispatch, singledispatchmethod, cached_property
import collections.abc

@singledispatch
def describe(x):
    return 'object:' + type(x).__name__

@describe.register
def _(x: int):
    return 'int:%d' % x

@describe.register(float)
def _(x):
    return 'float:%g' % x

@describe.register(list)
@describe.register(tuple)
def _(x):
    return 'seq of %d' % len(x)

def _dict_impl(x):
    return 'dict with %s' % sorted(x)
describe.register(dict, _dict_impl)

print(describe(3), describe(True), describe(2.5), describe([1, 2]), describe((1,)), describe({'b': 1, 'a': 2}), describe('s'), describe(None))
print(describe.dispatch(bool).__name__, describe.dispatch(str) is describe.registry[object], sorted(t.__name__ for t in describe.registry))

class Base: pass
class Child(Base): pass
@describe.register
def _(x: Base):
    return 'Base-family:' + type(x).__name__
print(describe(Child()), describe(Base()))

@describe.register(collections.abc.Mapping)
def _(x):
    return 'mapping'
class MyMap(collections.abc.Mapping):
    def __getitem__(self, k): raise KeyError(k)
    def __len__(self): return 0
    def __iter__(self): return iter(())
print(describe(MyMap()), describe({}))

@describe.register
def _(x: 'str'):
    return 'string annotation'
print(describe('abc'))

@describe.register
def _(x: bytes | bytearray):
    return 'binary'
print(describe(b'x'), describe(bytearray()))

try:
    describe()
except TypeError as e:
    print('TypeError', e)
try:
    describe.register(5, lambda x: x)
except TypeError as e:
    print('TypeError', e)
try:
    @describe.register
    def _(x):
        return 0
except TypeError as e:
    print('TypeError', str(e).split(':')[0])

class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return 'generic'
    @fmt.register
    def _(self, arg: int):
        return 'int %d' % arg
    @fmt.register
    def _(self, arg: list):
        return 'list ' + ','.join(self.fmt(a) for a in arg)
f = Formatter()
print(f.fmt(1), f.fmt('x'), f.fmt([1, 'a', [2]]))

class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0
    @cached_property
    def area(self):
        """The area."""
        self.computed += 1
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, c.computed, 'area' in c.__dict__)
del c.area
print(c.area, c.computed)
c.area = 99
print(c.area, Circle.area.__doc__, Circle.area.attrname, type(Circle.area).__name__)

class Slotted:
    __slots__ = ('x',)
    @cached_property
    def v(self):
        return 1
try:
    Slotted().v
except TypeError as e:
    print('TypeError', e)
try:
    class Twice:
        @cached_property
        def a(self): return 1
        b = a
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e)
cp = cached_property(lambda self: 1)
class Late: pass
Late.x = cp
try:
    Late().x
except TypeError as e:
    print('TypeError', e)
