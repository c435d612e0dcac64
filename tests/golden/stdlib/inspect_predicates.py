# inspect: predicates, generator state, getmembers, getdoc/cleandoc, getmodule, unwrap.
import inspect
import functools

def f(): pass
def gen(): yield 1
class K:
    """Class doc."""
    attr = 1
    def meth(self):
        """Method doc."""
    @property
    def prop(self): return 1
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass
x = gen()
objs = [f, gen, x, K, K(), K().meth, K.meth, len, [].append, inspect, f.__code__, 1, K.cm, K.sm, str.join]
preds = ['isfunction', 'isgeneratorfunction', 'isgenerator', 'isclass', 'ismethod', 'isbuiltin', 'ismodule', 'isroutine', 'iscode', 'ismethoddescriptor']
print(' '.join(p[2:] for p in preds))
for o in objs:
    print('%-26s' % type(o).__name__, ' '.join('T' if getattr(inspect, p)(o) else '.' for p in preds))
print(inspect.isgeneratorfunction(functools.partial(gen)), inspect.iscoroutinefunction(f), inspect.isdatadescriptor(K.__dict__['prop']), inspect.isabstract(K))

print(inspect.getgeneratorstate(x))
next(x)
print(inspect.getgeneratorstate(x), inspect.getgeneratorlocals(x))
x.close()
print(inspect.getgeneratorstate(x))
def running():
    yield inspect.getgeneratorstate(me)
me = running()
print(next(me))
def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1
c = counter(3); next(c); next(c)
print(inspect.getgeneratorlocals(c))
print(inspect.GEN_CREATED, inspect.GEN_RUNNING, inspect.GEN_SUSPENDED, inspect.GEN_CLOSED, inspect.CO_GENERATOR, inspect.CO_VARARGS)

print([n for n, v in inspect.getmembers(K) if not n.startswith('__')])
print([n for n, v in inspect.getmembers(K, inspect.isfunction)], [n for n, v in inspect.getmembers(K(), inspect.ismethod)])
class Child(K):
    def meth(self):
        pass
print(inspect.getdoc(K), inspect.getdoc(K.meth), inspect.getdoc(Child.meth), inspect.getdoc(Child().meth), inspect.getdoc(1) == inspect.getdoc(int))
def docd():
    """First line.

        Indented block
          more indented
        back.
    """
print(repr(inspect.getdoc(docd)))
print(repr(inspect.cleandoc('  x\n    y\n      z\n\n')), repr(inspect.cleandoc('\n\n   a\n   b\n')), repr(inspect.cleandoc('single')))
print(inspect.getmodule(f).__name__, inspect.getmodule(inspect) is inspect, inspect.getmodule(1), inspect.getmro(bool))
def deco(fn):
    @functools.wraps(fn)
    def w(*a): return fn(*a)
    return w
@deco
@deco
def base(): pass
print(inspect.unwrap(base).__name__, inspect.unwrap(base) is base.__wrapped__.__wrapped__, inspect.unwrap(base, stop=lambda fn: fn is base) is base)
loop = lambda: 0
loop.__wrapped__ = loop
try:
    inspect.unwrap(loop)
except ValueError as e:
    print('ValueError', str(e).split(' <')[0])
print(inspect.currentframe().f_code.co_name)
