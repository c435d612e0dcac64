# types: names of the runtime's types, SimpleNamespace, new_class, MappingProxyType.
import types
import sys

def f(): pass
def g(): yield
class C:
    def m(self): pass
checks = [
    (f, 'FunctionType'), (lambda: 0, 'LambdaType'), (f.__code__, 'CodeType'), (g(), 'GeneratorType'),
    (C().m, 'MethodType'), (len, 'BuiltinFunctionType'), ([].append, 'BuiltinMethodType'), (sys, 'ModuleType'),
    (type.__dict__, 'MappingProxyType'), (object.__init__, 'WrapperDescriptorType'), (object().__str__, 'MethodWrapperType'),
    (str.join, 'MethodDescriptorType'), (dict.__dict__['fromkeys'], 'ClassMethodDescriptorType'),
    (type(None), None), (None, 'NoneType'), (NotImplemented, 'NotImplementedType'), (..., 'EllipsisType'),
    (list[int], 'GenericAlias'), (int | str, 'UnionType'), (types.FunctionType.__dict__['__code__'], 'GetSetDescriptorType'),
]
for obj, name in checks:
    if name:
        print(name, isinstance(obj, getattr(types, name)), getattr(types, name).__name__)
try:
    raise ValueError
except ValueError as e:
    print(isinstance(e.__traceback__, types.TracebackType), isinstance(e.__traceback__.tb_frame, types.FrameType))
print(types.FunctionType is types.LambdaType, types.BuiltinFunctionType is types.BuiltinMethodType)

ns = types.SimpleNamespace(a=1, b='two')
ns.c = [3]
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(b='two', a=1, c=[3]), types.SimpleNamespace())
del ns.a
print(ns, hasattr(ns, 'a'))

mp = types.MappingProxyType({'x': 1})
print(mp['x'], len(mp), list(mp), 'x' in mp, mp.get('y', 0), mp.copy(), type(mp).__name__)
try:
    mp['y'] = 2
except TypeError as e:
    print('TypeError', e)

def body(ns):
    ns['greet'] = lambda self: 'hi from ' + type(self).__name__
    ns['x'] = 5
Dyn = types.new_class('Dyn', (C,), {}, body)
print(Dyn.__name__, Dyn.x, Dyn().greet(), Dyn.__mro__[1].__name__)
meta, ns2, kw = types.prepare_class('Z', (), {'metaclass': type, 'extra': 1})
print(meta.__name__, ns2, kw)
print(types.resolve_bases((int, C)))
class Entry:
    def __mro_entries__(self, bases):
        return (C,)
print(types.resolve_bases((Entry(), int)))
mod = types.ModuleType('fake', 'doc of fake')
mod.value = 3
print(mod.__name__, mod.__doc__, mod.value)
bound = types.MethodType(lambda self, x: (type(self).__name__, x), C())
print(bound(7))
