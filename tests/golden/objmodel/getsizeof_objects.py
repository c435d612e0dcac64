# sys.getsizeof of functions, cells, methods, modules, weakrefs, __slots__
# instances and overridden __sizeof__ (errors included)
import sys, types, weakref
gs = sys.getsizeof
def f(a, b=1): return a
class C:
    def m(self): pass
class S0: __slots__ = ()
class S1: __slots__ = ("a",)
class S3: __slots__ = ("a", "b", "c")
class SW: __slots__ = ("a", "__weakref__")
class SD: __slots__ = ("a", "__dict__")
class Sub(S1): __slots__ = ("b",)
class Plain(C): pass
def gen(): yield 1
async def coro(): pass
async def agen(): yield 1
def cellmaker():
    x = 1
    def inner(): return x
    return inner
print("function", gs(f), gs(lambda: 0))
print("cell", gs(cellmaker().__closure__[0]))
print("bound method", gs(C().m))
print("module", gs(sys), gs(types.ModuleType("m")))
print("frame", gs(sys._getframe()) > 0)
print("slots", gs(S0()), gs(S1()), gs(S3()), gs(SW()), gs(Sub()))
print("weakref", gs(weakref.ref(C)))
print("code", gs(f.__code__) > 0)
print("instance __sizeof__", S0().__sizeof__(), S3().__sizeof__(), object().__sizeof__())
class Big:
    __slots__ = ()
    def __sizeof__(self): return 1000
print("override", gs(Big()))
class Bad:
    def __sizeof__(self): return -1
try: gs(Bad())
except ValueError as e: print("ValueError", e)
class Bad2:
    def __sizeof__(self): return "x"
try: gs(Bad2())
except TypeError as e: print("TypeError", e)
