# dir/vars, __class__ assignment, cooperative super(), __prepare__, comparisons, reflected operators, hashing rules.
class A:
    def __init__(self): self.a = 1
    def m(self): pass
print([n for n in dir(A()) if not n.startswith('__')], '__init__' in dir(A), len(dir(A)) > 20)
print(vars(A()), sorted(k for k in vars(A) if not k.startswith('__')))
class B(A): pass
b = A(); b.__class__ = B; print(type(b).__name__, b.a)
class P2(property): pass
class C:
    @P2
    def x(self): "xdoc"; return 3
print(C().x, type(C.__dict__['x']).__name__, C.__dict__['x'].__doc__)
def f(): "fdoc"
cm = classmethod(f); sm = staticmethod(f)
print(cm.__doc__, sm.__name__, cm.__func__ is f, sm.__wrapped__ is f, repr(cm).startswith('<classmethod(<function f at'))
class Base:
    @classmethod
    def make(cls): return cls.__name__
class Der(Base):
    @classmethod
    def make(cls): return "Der+" + super().make()
print(Der.make(), Der().make())
class X:
    def hi(self): return ["X"]
class Y(X):
    def hi(self): return ["Y"] + super().hi()
class Z(X):
    def hi(self): return ["Z"] + super().hi()
class W(Y, Z):
    def hi(self): return ["W"] + super().hi()
print(W().hi(), [k.__name__ for k in W.__mro__])
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
    def __instancecheck__(cls, inst): return inst == 42
class KBase:
    def __init_subclass__(cls, **kw): print("init_subclass", kw)
class K(KBase, metaclass=Meta, flag=True):
    pass
print(K.injected, isinstance(42, K), isinstance(41, K))
class E1:
    def __eq__(self, o): return NotImplemented
print(E1() == E1(), E1() != E1(), object() == 1)
class Vec:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Vec(self.v + (o.v if isinstance(o, Vec) else o))
    def __radd__(self, o): return Vec(o + self.v)
    def __repr__(self): return "Vec(%r)" % self.v
v = Vec(1); v += 2; print(v, 3 + Vec(4), sum([Vec(1), Vec(2)]))
class SubVec(Vec):
    def __radd__(self, o): return "SubVec radd"
print(Vec(1) + SubVec(2))
class Hh:
    def __hash__(self): return 7
class Hh2(Hh):
    def __eq__(self, o): return True
print(hash(Hh()), Hh2.__hash__)
class L:
    def __len__(self): return 0
print(bool(L()), bool(A()))
class Sized:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Sized()), 20 in Sized(), 5 in Sized())
print(int.__dict__['__add__'].__get__(3)(4), int.__add__.__name__, int.__add__.__qualname__, (3).__add__.__self__)
print(str.join.__qualname__, str.join.__name__, dict.fromkeys.__self__)
print(type(int.__dict__['from_bytes']).__name__, type(str.__dict__['maketrans']).__name__)
print(object.__ne__(1, 2), object.__eq__(1, 1), object.__lt__(1, 2))
class S: __slots__ = ()
try:
    S().x = 1
except AttributeError as e: print(e)
print(type('T', (), {'__slots__': ('a',)})().__class__.__name__)
print(issubclass(bool, (str, int)), isinstance(True, (str,)), issubclass(B, A))
print(A.__subclasses__(), B.__base__, type.__base__, object.__base__, object.__bases__)
print(type.__instancecheck__(int, 1), type.__subclasscheck__(int, bool))
class Fmt:
    def __format__(self, spec): return "F[" + spec + "]"
print(format(Fmt(), "x>5"), "{:abc}".format(Fmt()), f"{Fmt():q}")
a = A()  # one object: two temporaries need not share an address
print(format(a, "") == str(a))
class WithGetattr:
    x = 1
    def __getattr__(self, n): return "ga:" + n
w = WithGetattr(); print(w.x, w.y, getattr(w, 'z'), hasattr(w, 'q'))
class ReprOnly:
    def __repr__(self): return "RO"
print(str(ReprOnly()), "%s" % ReprOnly(), [ReprOnly()])
class StrOnly:
    def __str__(self): return "SO"
print(str(StrOnly()), repr(StrOnly())[:17])
