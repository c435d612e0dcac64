# Descriptors, properties, classmethod/staticmethod, __set_name__, metaclass properties, __new__/__init__ rules.
class N:
    def __new__(cls, *a):
        print("new", cls.__name__, a)
        if a and a[0] == 0:
            return 42
        return super().__new__(cls)
    def __init__(self, *a):
        print("init", a)
print(type(N(1)).__name__, N(0))
class Sing:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Sing() is Sing())
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v): self._c = v * 2
    @c.deleter
    def c(self): print("deleting"); self._c = None
t = Temp(); t.c = 5; print(t.c); del t.c; print(t.c)
class DataD:
    def __get__(self, o, t=None): return "data"
    def __set__(self, o, v): print("set", v)
    def __delete__(self, o): print("delete")
class NonD:
    def __get__(self, o, t=None): return "nondata"
class H:
    d = DataD(); n = NonD()
h = H(); h.__dict__['d'] = 'inst'; h.__dict__['n'] = 'inst'
print(h.d, h.n, H.d, H.n); h.d = 1; del h.d
class MP(type):
    @property
    def meta_prop(cls): return "meta " + cls.__name__
class UsesMP(metaclass=MP): pass
print(UsesMP.meta_prop)
class G:
    def __class_getitem__(cls, item): return f"G[{item!r}]"
print(G[int], G["x"])
class Parent:
    subs = []
    def __init_subclass__(cls):
        Parent.subs.append(cls.__name__)
class C1(Parent): pass
class C2(C1): pass
print(Parent.subs)
class Named: pass
Named.__name__ = "Renamed"; Named.__qualname__ = "Q.Renamed"; Named.__doc__ = "doc!"; Named.__module__ = "mod"
print(Named, Named.__name__, Named.__doc__, repr(Named()).startswith("<mod.Q.Renamed object"))
class Outer:
    def method(self):
        class Inner: pass
        return Inner
print(Outer().method().__qualname__)
def outer_func():
    class Local: pass
    return Local
print(outer_func(), outer_func().__qualname__)
class Resurrect:
    saved = []
    def __del__(self):
        print("del once")
        Resurrect.saved.append(self)
r = Resurrect(); del r
print(len(Resurrect.saved))
Resurrect.saved.clear()
print("cleared")
class Abstract:
    pass
print(Abstract.__dict__.get('__abstractmethods__'), hasattr(Abstract, '__abstractmethods__'))
class Eqs:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    __hash__ = object.__hash__
print(Eqs(1) == Eqs(1), hash(Eqs(1)) != 0, Eqs.__hash__ is object.__hash__)
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __gt__(self, o): return self.v > o.v
print(Cmp(1) < Cmp(2), Cmp(1) > Cmp(2), max([Cmp(3), Cmp(9), Cmp(1)]).v)
try:
    Cmp(1) <= Cmp(2)
except TypeError as e: print(e)
class BadCmp: pass
try: BadCmp() < BadCmp()
except TypeError as e: print(e)
class IntLike:
    def __index__(self): return 3
    def __int__(self): return 4
    def __float__(self): return 5.5
print(int(IntLike()), float(IntLike()), [0,1,2,3,4][IntLike()], bin(IntLike()), range(10)[IntLike()])
class Callable:
    def __call__(self, *a, **k): return (a, k)
print(Callable()(1, 2, x=3))
class GetItemDict(dict):
    def __getitem__(self, k): return "custom " + str(k)
gd = GetItemDict(a=1); print(gd["a"], gd.get("a"))
class Lst(list):
    def __len__(self): return 99
print(len(Lst([1])), Lst([1, 2]) + [3], Lst([1]) * 2)
class MyStr2(str):
    def __str__(self): return "custom"
print(str(MyStr2("x")), MyStr2("x") + "y", MyStr2("ab").upper(), repr(MyStr2("z")))
class Tup(tuple):
    def __new__(cls, a, b): return super().__new__(cls, (a, b))
    @property
    def first(self): return self[0]
tp = Tup(1, 2); print(tp, tp.first, type(tp).__name__, tp == (1, 2), hash(tp) == hash((1, 2)))
