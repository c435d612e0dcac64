# AttributeError.name and .obj: set for failed lookups on every getattr path
# (a __getattr__ hook, properties, slots, modules, types), left unset for stores and deletions.
class C:
    def __getattr__(self, n): raise AttributeError("custom")
c = C()
for expr in ["c.foo", "getattr(c, 'bar')"]:
    try: eval(expr)
    except AttributeError as ex: print(repr(ex), ex.name, ex.obj is c)
class D:
    @property
    def p(self): raise AttributeError("inner")
try: D().p
except AttributeError as ex: print(repr(ex), ex.name, type(ex.obj).__name__)
try: object().zz
except AttributeError as ex: print(repr(ex), ex.name, type(ex.obj).__name__)
e = AttributeError("m", name="n", obj=3); print(e.name, e.obj)
import math
except AttributeError as e: print(e.name, e.obj is math)
class P:
    @property
    def p(self): raise AttributeError("inner", name="nm")
try: P().p
except AttributeError as e: print(e.name, e.obj)
print(hasattr(P(), 'p'))
class Q:
    __slots__ = ('a',)
try: Q().a
except AttributeError as e: print(e, e.name, type(e.obj).__name__)
try: Q().b = 1
except AttributeError as e: print(e, e.name, type(e.obj).__name__)
try: del Q().a
except AttributeError as e: print(e, e.name, type(e.obj).__name__)
try: int.zz
except AttributeError as e: print(e, e.name, e.obj)
try: super(Q, Q()).zz
except AttributeError as e: print(e, e.name, type(e.obj).__name__)
try: (lambda: 0).zz
except AttributeError as e: print(e, e.name, type(e.obj).__name__)
try: print.zz
except AttributeError as e: print(e, e.name, type(e.obj).__name__)
try: [].append.zz
except AttributeError as e: print(e, e.name, type(e.obj).__name__)
try: getattr(3, 'real2')
except AttributeError as e: print(e, e.name, type(e.obj).__name__)
try: Q().a.b
except AttributeError as e: print(e, e.name, type(e.obj).__name__)
import sys
try: sys.nope
except AttributeError as e: print(e, e.name, type(e.obj).__name__)
class A: pass
a = A()
try: del a.x
except AttributeError as e: print(e, e.name, type(e.obj).__name__)
try: del A.x
except AttributeError as e: print(e, e.name, type(e.obj).__name__)
try: object().x = 1
except AttributeError as e: print(e, e.name, type(e.obj).__name__)
class S: __slots__=()
try: del S().x
except AttributeError as e: print(e, e.name, type(e.obj).__name__)
class M:
    __slots__=('m',)
try: del M().m
except AttributeError as e: print(e, e.name, type(e.obj).__name__)
