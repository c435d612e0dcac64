def attempt(src, **ns):
    try:
        exec(src, dict(ns))
        print(f"{src!r}: ok")
    except Exception as e:
        print(f"{src!r}: {type(e).__name__}: {e}")

attempt("a, b = [1, 2, 3]")
attempt("a, b, c = [1, 2]")
attempt("a, b = 1")
attempt("a, *b, c = [1]")
attempt("a, = []")
attempt("(a, b), c = [1, 2], 3")
attempt("[a, [b, c]] = 1, [2]")
attempt("a, b = 'xyz'")
attempt("a, b = {1: 2}")
attempt("a, b = iter([1])")
attempt("a, b = (x for x in range(5))")
attempt("a, *b = None")
def f(a, b): pass
def g(a, /, b, *, c): pass
def h(*args, key): pass
def k(a, b=2, *args, c, d=4, **kw): pass
def z(): pass
class C:
    def m(self, x): pass
ns = dict(f=f, g=g, h=h, k=k, z=z, C=C)
for call in ["f(1, 2, 3)", "f(1)", "f()", "f(1, a=1)", "f(1, 2, c=3)", "f(b=1)", "f(1, **{'b': 2, 'c': 3})",
             "g(a=1, b=2, c=3)", "g(1, 2, 3)", "g(1, 2)", "g(1, b=2)", "h(1, 2)", "h()", "k()", "k(1)",
             "k(1, 2, 3)", "z(1)", "z(a=1)", "C().m()", "C().m(1, 2)", "C.m()", "f(*5)", "f(**5)",
             "f(**{1: 2})", "f(1, *[2], **{'a': 3})", "f(*[1, 2], b=3)", "dict(**{'a': 1}, **{'a': 2})",
             "f(**{'a': 1}, **{'a': 2})", "len()", "len(1, 2)", "print(sep=1)",
             "sorted([], 1)", "g(1, 2, c=3, d=4)", "k(1, c=1, e=5)", "(lambda x: x)()", "(lambda: 0)(1)",
             "C(1)", "object(1)", "f(1, 2, a=1, b=2)", "z(*[], **{})", "divmod(1)", "max()", "min(1)",
             "getattr()", "isinstance(1)", "iter()", "C().m(x=1, y=2)",
             "k(1, 2, 3, 4, c=5, f=6)", "f(1, 2, **{'b': 3})", "list(1, 2)", "str(x=1)"]:
    attempt(call, **ns)
a, *b, c = range(6)
print(a, b, c)
*a, = "xy"
print(a)
first, *_, last = [1, 2]
print(first, last, _)
(x, y), *rest = [(1, 2), 3, 4]
print(x, y, rest)
for i, (j, *kk) in enumerate([(1, 2, 3), (4,)]):
    print(i, j, kk)
print([*range(3), *"ab"], {**{"a": 1}, "b": 2, **{"a": 3}}, {*[1, 2], *(2, 3)}, (*[1],))
def kw(**kwargs): return kwargs
print(kw(**{"a": 1}, b=2), kw(**dict(x=1)))
def dflt(a, b=[]):
    b.append(a)
    return b
print(dflt(1), dflt(2), dflt.__defaults__)
def kwo(*, a=1, b): return a, b
print(kwo(b=2), kwo.__kwdefaults__)
print(f.__code__.co_varnames, k.__code__.co_argcount, k.__code__.co_kwonlyargcount, g.__code__.co_posonlyargcount)
