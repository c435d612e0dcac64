# Metaclasses, __init_subclass__, __set_name__, C3 MRO, __getattr__/__getattribute__, dynamic dunders, __del__.
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns['added'] = name.lower()
        return super().__new__(mcs, name, bases, ns)
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__)
        return super().__call__(*a, **k)
class W(metaclass=Meta):
    def __init__(self, v): self.v = v
w = W(3)
print(w.v, W.added, type(W))
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Sub(Base, tag="t1"): pass
print(Sub.tag)
class Desc:
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, typ=None): return f"desc {self.name}"
class H:
    d = Desc()
print(H().d, H.d)
class Diamond1: pass
class L(Diamond1): pass
class Rr(Diamond1): pass
class M(L, Rr): pass
print([c.__name__ for c in M.__mro__])
try:
    class Bad(L, Diamond1, Rr): pass
    class Bad2(Diamond1, L): pass
except TypeError as e:
    print(e)
class G:
    def __getattr__(self, n): return n.upper()
print(G().hello)
class GA:
    def __getattribute__(self, n):
        if n == 'q': return 'Q'
        return object.__getattribute__(self, n)
print(GA().q)
try:
    GA().zz
except AttributeError as e:
    print(e)
class Cnt:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print(list(Cnt()))
class Num:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Num({self.v})"
print(sorted([Num(3), Num(1), Num(2)]))
print(Num(1) > Num(0))
class Later: pass
Later.__add__ = lambda self, o: "later add"
print(Later() + 1)
Later.__repr__ = lambda self: "LATER"
print(Later())
del Later.__repr__
print(repr(Later()).startswith("<__main__.Later"))
class CallMe:
    def __call__(self, x): return x * 10
print(CallMe()(4), callable(CallMe()))
class Ctx:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit"); return False
with Ctx(): print("body")
class Bo:
    def __bool__(self): return False
print(bool(Bo()), not Bo())
class Idx:
    def __index__(self): return 2
print([1,2,3][Idx()])
class Cont:
    def __contains__(self, x): return x == 5
print(5 in Cont(), 4 in Cont())
class Del:
    def __del__(self): print("del called")
x = Del(); del x
print("after del")
print(dir(Sub)[:3], 'tag' in dir(Sub))
class Q:
    __slots__ = ('a', '__dict__')
q = Q(); q.a = 1; q.b = 2; print(q.a, q.b, q.__dict__)
print(sorted(vars(W(1)).items()))
print(W.__dict__['added'], type(W.__dict__))
