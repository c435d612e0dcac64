class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, sorted(kw))
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, [k for k in ns if not k.startswith("__")], kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("call", cls.__name__, a, k)
        inst = super().__call__(*a, **k)
        return inst

class A(metaclass=Meta, flag=True, level=3):
    x = 1
    def __init__(self, v=0):
        self.v = v
print(A.injected, A.kw)
a = A(5, )
print(a.v, type(A).__name__)

class B(A, flag=False):
    pass
print(type(B).__name__, B.kw)

class Singleton(type):
    _inst = {}
    def __call__(cls, *args):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*args)
        return cls._inst[cls]
class Conf(metaclass=Singleton):
    def __init__(self, v):
        self.v = v
print(Conf(1) is Conf(2), Conf(3).v)

class M1(type): pass
class M2(type): pass
class C1(metaclass=M1): pass
class C2(metaclass=M2): pass
try:
    class C3(C1, C2): pass
except TypeError as e:
    print(e)
try:
    class K(kwarg=1): pass
except TypeError as e:
    print(e)

T = type("T", (object,), {"a": 1, "m": lambda self: self.a + 1})
print(T.__name__, T().m(), T.__qualname__, T.__module__)
try:
    type("T", 5, {})
except TypeError as e:
    print(e)
try:
    type(1, 2)
except TypeError as e:
    print(e)

class Ordered(type):
    def __new__(m, name, bases, ns):
        cls = super().__new__(m, name, bases, ns)
        cls.fields = [k for k in ns if not k.startswith("_")]
        return cls
class Rec(metaclass=Ordered):
    z = 1
    a = 2
    m = 3
print(Rec.fields)

def func_meta(name, bases, ns):
    print("func_meta", name, bases)
    return 42
class Weird(metaclass=func_meta):
    pass
print(Weird)
class Reg(type):
    registry = {}
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            Reg.registry[name] = cls
class Plugin(metaclass=Reg): pass
class P1(Plugin): pass
class P2(Plugin): pass
print(sorted(Reg.registry))
print(isinstance(P1, Reg), type(type), type.__class__)
