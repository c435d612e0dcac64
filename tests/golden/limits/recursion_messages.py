# RecursionError messages: which guard trips (frame push, repr/str, comparison) and
# that the depth is restored after catching it, under several limits.
import sys
class Node:
    def __repr__(self): return f"Node({self!r})"
class R:
    def __repr__(self): return repr(self)
class S:
    def __str__(self): return str(self)
class E:
    def __eq__(self, o): return self == o
class L:
    def __lt__(self, o): return self < o
class H:
    def __hash__(self): return hash(self)
class N:
    def __len__(self): return len(self)
class I:
    def __init__(self): I()
class GA:
    def __getattr__(self, n): return self.x
class GB:
    def __getattribute__(self, n): return getattr(self, n)
class C:
    def __call__(self): return self()
class D:
    def __get__(self, o, t): return o.d
class HasD:
    d = D()
class It:
    def __iter__(self): return iter(self)
def srt(n): return sorted([1, 2], key=lambda x: srt(n))
def mp(n): return list(map(mp, [n]))
def plain(n): return plain(n)
def viacall(n): return (lambda: viacall(n))()
def gen(n):
    yield from gen(n)
def lc(n): return [lc(n) for _ in [1]]
cases = [("fstr", lambda: repr(Node())), ("repr", lambda: repr(R())), ("str", lambda: str(S())),
         ("eq", lambda: E() == E()), ("lt", lambda: L() < L()), ("hash", lambda: hash(H())),
         ("len", lambda: len(N())), ("init", lambda: I()), ("getattr", lambda: GA().y),
         ("getattribute", lambda: GB().y), ("call", lambda: C()()), ("descr", lambda: HasD().d),
         ("iter", lambda: iter(It())), ("sorted", lambda: srt(0)), ("map", lambda: mp(0)),
         ("plain", lambda: plain(0)), ("lambda", lambda: viacall(0)), ("gen", lambda: list(gen(0))),
         ("lc", lambda: lc(0))]
for lim in (100, 101, 102, 103, 1000):
    sys.setrecursionlimit(lim)
    for name, fn in cases:
        for rep in range(2):
            try:
                fn()
                print(lim, name, "no error")
            except RecursionError as e:
                print(lim, name, rep, e)
