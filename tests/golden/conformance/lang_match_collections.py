# Which objects match sequence and mapping patterns: builtin subclasses inherit
# the kind, collections.abc subclasses and registered classes get it.
import collections
import collections.abc as cabc
import array

class MyList(list): pass
class MyDict(dict): pass
class MyTuple(tuple): pass
class SeqABC(cabc.Sequence):
    def __init__(self, *items): self.items = items
    def __getitem__(self, i): return self.items[i]
    def __len__(self): return len(self.items)
class MapABC(cabc.Mapping):
    def __init__(self, **kw): self.d = kw
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
class Registered:
    def __getitem__(self, i): return [7, 8][i]
    def __len__(self): return 2
cabc.Sequence.register(Registered)
class RegisteredMap:
    def __getitem__(self, k): return {"a": 1}[k]
    def keys(self): return ["a"]
    def get(self, k, d=None): return {"a": 1}.get(k, d)
    def __len__(self): return 1
    def __iter__(self): return iter(["a"])
cabc.Mapping.register(RegisteredMap)
class SubOfRegistered(Registered): pass
class BothBases(MyList, MapABC): pass
class Plain:
    def __getitem__(self, i): return i
    def __len__(self): return 2

def kind(v):
    match v:
        case [a, b]:
            return f"seq2({a!r}, {b!r})"
        case [*rest]:
            return f"seq{len(rest)}"
        case {"a": x}:
            return f"map a={x!r}"
        case {}:
            return "map"
        case _:
            return "neither"

for v in [MyList([1, 2]), MyDict(a=5), MyTuple((3,)), SeqABC(1, 2), MapABC(a=9), Registered(),
          RegisteredMap(), SubOfRegistered(), BothBases([1, 2, 3]), Plain(), collections.deque([1, 2]),
          collections.UserList([4, 5]), collections.UserDict(a=3), collections.OrderedDict(a=1),
          collections.defaultdict(int), collections.Counter("aa"), collections.ChainMap({"a": 2}),
          range(2), memoryview(b"ab"), array.array("i", [1, 2]), "ab", b"ab", bytearray(b"ab"),
          {"a": 1}.keys(), {"a": 1}.items(), iter([1, 2]), (x for x in "ab"), {1, 2}, frozenset()]:
    print(f"{type(v).__name__:>15}: {kind(v)}")
cabc.Sequence.register(str)
print("str after register:", kind("ab"))
class Late:
    def __getitem__(self, i):
        if i >= 1:
            raise IndexError(i)
        return i
    def __len__(self): return 1
class LateChild(Late): pass
cabc.MutableSequence.register(Late)
print("registered later:", kind(Late()), kind(LateChild()))
try:
    class Both(cabc.Sequence):
        __abc_tpflags__ = (1 << 5) | (1 << 6)
except TypeError as e:
    print(e)
print("__abc_tpflags__" in vars(cabc.Sequence), "__abc_tpflags__" in vars(cabc.Mapping))
