# inspect.signature: str() of signatures, parameters, bind, partials, classes.
import inspect
import functools

def f(a, b: int, /, c=1, *args, d, e: str = 'x', **kw) -> bool: pass
def g(x, *, y=2): pass
def h(p, q=3, /): pass
def ann(a: list[int], b: 'fwd' = None, *c: int, **d: dict) -> 'ret': pass
class K:
    def __init__(self, v, w=0): pass
    def m(self, z): pass
    @classmethod
    def c(cls, u): pass
    @staticmethod
    def s(t): pass
    def __call__(self, n, *rest): pass
class NoInit:
    pass
class WithNew:
    def __new__(cls, a, b=2): return super().__new__(cls)
for obj in [f, g, h, ann, K, K(0).m, K.c, K.s, K.m, K(1), NoInit, WithNew,
            functools.partial(f, 1, 2, 3), functools.partial(g, y=5), functools.partial(g, 1),
            functools.partial(f, 1, 2, c=3), lambda *a, **k: 0, lambda: 0]:
    sig = inspect.signature(obj)
    print(sig, [(p.name, str(p.kind)) for p in sig.parameters.values()])
sig = inspect.signature(f)
print(repr(sig), repr(sig.parameters['e']), repr(sig.parameters['c']), sig.return_annotation, sig.parameters['b'].annotation)
print(repr(inspect.Parameter.KEYWORD_ONLY), inspect.Parameter.KEYWORD_ONLY == 3, inspect.Parameter.VAR_POSITIONAL.description)
print(sig.parameters['a'].default is inspect.Parameter.empty, inspect.Signature.empty is inspect.Parameter.empty)
ba = sig.bind(1, 2, 3, 4, 5, d=6, z=7)
print(ba, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba, ba.arguments['e'])
for a, k in [((1,), {}), ((1, 2), {'a': 1, 'd': 1}), ((1, 2), {'c': 3, 'd': 4, 'b': 5}), ((1, 2, 3), {'c': 9, 'd': 1}), ((1, 2), {'d': 0})]:
    try:
        print(sig.bind(*a, **k))
    except TypeError as e:
        print('TypeError', e)
gs = inspect.signature(g)
for a, k in [((1, 2, 3), {}), ((), {'x': 1, 'q': 2}), ((1,), {}), ((), {'y': 1})]:
    try:
        print(gs.bind(*a, **k))
    except TypeError as e:
        print('TypeError', e)
print(gs.bind_partial(y=1), gs.bind_partial())
P = inspect.Parameter
custom = inspect.Signature([P('a', P.POSITIONAL_ONLY), P('b', P.POSITIONAL_OR_KEYWORD, default=None, annotation=int), P('k', P.KEYWORD_ONLY)], return_annotation=list)
print(custom, custom.replace(return_annotation=inspect.Signature.empty), custom == inspect.Signature(list(custom.parameters.values()), return_annotation=list))
print(P('x', P.VAR_KEYWORD), P('y', P.KEYWORD_ONLY, default=[1]), P('y', 1).replace(name='z', default=0))
for bad in [lambda: P('1x', P.POSITIONAL_ONLY), lambda: P('x', P.VAR_POSITIONAL, default=1), lambda: P('class', 1),
            lambda: inspect.Signature([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_OR_KEYWORD)]),
            lambda: inspect.Signature([P('a', 1, default=1), P('b', 1)]), lambda: inspect.Signature([P('a', 1), P('a', 3)])]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
@functools.wraps(f)
def wrapper(*a, **k): pass
print(inspect.signature(wrapper), inspect.signature(wrapper, follow_wrapped=False))
def with_sig(): pass
with_sig.__signature__ = inspect.Signature([P('only', 1)])
print(inspect.signature(with_sig))
print(inspect.getfullargspec(f))
print(inspect.getfullargspec(g))
try:
    inspect.signature(5)
except TypeError as e:
    print('TypeError', e)
