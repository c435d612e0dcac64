# Error messages of super(), class creation, __slots__, __bases__/__name__ assignment, descriptors and method calls.
def t(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e, repr(e.__cause__) if e.__cause__ else "")
t(lambda: super())
def nosuper(): return super().x
t(nosuper)
class A:
    def m(self): return super().m()
t(lambda: A().m())
class B:
    def m(self):
        def inner(): return super().m()
        return inner()
t(lambda: B().m())
class Desc:
    def __set_name__(self, o, n): raise ValueError("bad")
def mk():
    class C:
        d = Desc()
t(mk)
def mk2():
    class C(x=1): pass
t(mk2)
t(lambda: type('N', (), {}, x=1))
t(lambda: type('N', (), {'__slots__': ('a', 'a')}))
t(lambda: type('N', (), {'__slots__': ('__dict__', '__dict__')}))
t(lambda: type('N', (), {'__slots__': 'a b'}))
t(lambda: type('N', (), {'__qualname__': 1}))
t(lambda: type('N', (tuple,), {'__slots__': ('a',)}))
t(lambda: type.__new__(int, 'N', (), {}))
t(lambda: type.__new__(type, 'N', ()))
t(lambda: type.__init__(type, 'N', (), {}, x=1))
class X: pass
t(lambda: setattr(X, '__bases__', (int,)))
t(lambda: setattr(X, '__bases__', (X,)))
class Y: pass
X2 = type('X2', (Y,), {})
t(lambda: setattr(X2, '__bases__', (object,)) or X2.__mro__)
t(lambda: setattr(X, '__name__', 'a\0b'))
t(lambda: delattr(X, '__name__'))
t(lambda: setattr(X, '__dict__', {}))
t(lambda: X.__dict__.__setitem__('a', 1))
t(lambda: object.__setattr__(int, 'x', 1))
t(lambda: object.__getattribute__(1, 'real'))
t(lambda: object.__getattribute__(X(), 1))
t(lambda: getattr(X(), 'nope'))
t(lambda: X().__dict__)
t(lambda: classmethod(1).__get__(None, X)())
t(lambda: staticmethod(len)("abc"))
t(lambda: property(fget=len, doc="d").__doc__)
t(lambda: property(1, 2, 3, 4, 5))
t(lambda: property(foo=1))
t(lambda: X.mro())
t(lambda: type(X).mro(X))
t(lambda: list.__dict__['append'](1))
t(lambda: list.__dict__['append']([], 1, 2))
t(lambda: [].append(x=1))
t(lambda: {}.get())
t(lambda: {}.fromkeys())
t(lambda: dict.fromkeys.__qualname__)
t(lambda: super(X, X()).__repr__() [:20])
t(lambda: super(X).__repr__())
t(lambda: super(X, 1))
t(lambda: super(1, X()))
