# __setattr__/__delattr__ overrides, every numeric dunder, __len__/__index__ errors, __eq__/__ne__ defaults.
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, 'x', x)
    def __setattr__(self, n, v):
        raise AttributeError(f"frozen: {n}")
    def __delattr__(self, n):
        raise AttributeError(f"nodel: {n}")
f = Frozen(1); print(f.x)
try: f.y = 2
except AttributeError as e: print(e)
try: del f.x
except AttributeError as e: print(e)
class Logged:
    def __setattr__(self, n, v):
        print("set", n, v)
        super().__setattr__(n, v)
    def __delattr__(self, n):
        print("del", n)
        super().__delattr__(n)
l = Logged(); l.a = 1; print(l.a); del l.a; print(hasattr(l, 'a'))
class E(Exception):
    def __setattr__(self, n, v):
        object.__setattr__(self, n, v.upper() if isinstance(v, str) else v)
e = E("m"); e.note = "abc"; print(e.note)
class D(dict):
    def __setattr__(self, n, v): super().__setattr__(n, v * 2)
d = D(); d.q = 3; print(d.q)
class P:
    def __pow__(self, o, m=None): return ("pow", o, m)
    def __rpow__(self, o, m=None): return ("rpow", o, m)
    def __matmul__(self, o): return "matmul"
    def __divmod__(self, o): return "divmod"
    def __rdivmod__(self, o): return "rdivmod"
    def __floordiv__(self, o): return "fd"
    def __truediv__(self, o): return "td"
    def __lshift__(self, o): return "ls"
    def __and__(self, o): return "and"
    def __xor__(self, o): return "xor"
    def __invert__(self): return "inv"
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __abs__(self): return "abs"
    def __round__(self, n=None): return ("round", n)
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return "add-fallback"
p = P()
print(p ** 2, 2 ** p, pow(p, 2, 5), p @ 1, divmod(p, 1), divmod(1, p), p // 1, p / 1, p << 1, p & 1, p ^ 1, ~p, -p, +p, abs(p), round(p), round(p, 2))
p += 1; print(p)
class Big:
    def __len__(self): return 2**70
try: len(Big())
except OverflowError as e: print(e)
class NegLen:
    def __len__(self): return -3
try: len(NegLen())
except ValueError as e: print(e)
class BadIdx:
    def __index__(self): return "x"
try: [1][BadIdx()]
except TypeError as e: print(e)
class Cmp:
    def __eq__(self, o): return "yes"
print(Cmp() == 1, Cmp() != 1, 1 == Cmp())
class OnlyNe:
    def __ne__(self, o): return "ne!"
print(OnlyNe() != 1, OnlyNe() == OnlyNe())
