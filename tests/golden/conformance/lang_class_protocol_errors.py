tests = r'''
class A:\n    def __init_subclass__(cls, **kw):\n        super().__init_subclass__(**kw)\nclass B(A, x=1): pass
class M(type):\n    def __new__(m, n, b, ns, **kw): return super().__new__(m, n, b, ns, **kw)\nclass C(metaclass=M, y=2): pass
class P:\n    @property\n    def x(self): return 1\np = P(); p.x = 2
class Q:\n    __slots__ = 'a'\nq = Q(); print(q.a)
class R:\n    def __eq__(s, o): return NotImplemented\nprint(R() == R(), R() != R())
class S:\n    def __lt__(s, o): return NotImplemented\nprint(S() < S())
class T:\n    def __bool__(s): raise ValueError("no bool")\nif T(): pass
class U:\n    def __len__(s): return 2**70\nlen(U())
class V:\n    def __index__(s): return 2**70\n[1][V()]
class W:\n    def __repr__(s): return 5\nrepr(W())
class X:\n    def __str__(s): return 5\nstr(X())
class Y:\n    def __iter__(s): return iter([1])\n    def __next__(s): return 1\nprint(list(Y()))
class Z:\n    def __call__(s, *a, **k): return a, k\nprint(Z()(1, b=2))
class AA:\n    x = 1\n    def f(self): return x\nAA().f()
class AB:\n    def __del__(self): pass\n    def __init__(self): raise ValueError("init fail")\nAB()
class AC(object, metaclass=type): pass\nprint(AC.__mro__)
class AD:\n    def __getitem__(s, k): return k\nprint(AD()[1:2, ..., None], AD()[::])
class AE:\n    def __setitem__(s, k, v): print("set", k, v)\n    def __delitem__(s, k): print("del", k)\na = AE(); a[1:3] = 5; del a[::2]
class AF:\n    pass\nAF()[0]
class AG:\n    pass\nAG()[0] = 1
class AH:\n    pass\ndel AH()[0]
class AI:\n    pass\nlen(AI())
class AJ:\n    pass\nAJ() + 1
class AK:\n    pass\nAK()()
class AL:\n    pass\nfor _ in AL(): pass
class AM:\n    pass\nhash(AM()) and print("hashable")
class AN:\n    def __getattr__(self, n): return n\nprint(AN().foo, getattr(AN(), "bar"))
class AO:\n    __hash__ = None\n    def __eq__(s, o): return True\nprint(AO() in [1], AO() == 1)
class AP:\n    pass\nAP.__name__ = "Renamed"\nprint(AP, AP.__qualname__)
class AQ:\n    pass\nAQ.__qualname__ = 5
class AR:\n    pass\nprint(AR.__dict__.get("__dict__") is not None, "__weakref__" in AR.__dict__)
print(type("X", (), {})().__class__.__name__, type.__name__, type(5)(7))
class AS(int): pass\nprint(AS.__mro__, AS(3) + AS(4), type(AS(3) + AS(4)))

class AU:\n    x: int = 5\n    y: str\nprint(AU.__annotations__, AU.x)
def fa(a: int, b: "str" = "x") -> bool: pass\nprint(fa.__annotations__)
class AV:\n    def __init__(self): self.__private = 1\nv = AV(); print(v._AV__private, hasattr(v, "__private"))
class AW:\n    __x = 5\n    def get(self): return self.__x\nprint(AW().get(), AW._AW__x)
class AX:\n    def __format__(self, spec): return "fmt:" + spec\nprint(f"{AX():>10}", format(AX()), "{0:abc}".format(AX()))
class AY:\n    def __bytes__(self): return b"bytes!"\nprint(bytes(AY()))
class AZ:\n    def __bytes__(self): return "not bytes"\nbytes(AZ())
'''
for block in tests.strip().splitlines():
    src = block.replace("\\n", "\n")
    try:
        exec(src, {})
    except Exception as e:
        print("ERR", type(e).__name__, e)
