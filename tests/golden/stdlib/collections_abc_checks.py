# collections.abc: isinstance/issubclass on builtins, structural checks, mixin methods.
import collections.abc as cabc

samples = [[], (), {}, set(), frozenset(), '', b'', bytearray(), range(3), iter([]), iter(()), iter({}), iter(''),
           {}.keys(), {}.values(), {}.items(), (x for x in []), 1, 1.5, None]
abcs = [cabc.Iterable, cabc.Iterator, cabc.Generator, cabc.Sized, cabc.Container, cabc.Hashable, cabc.Collection,
        cabc.Sequence, cabc.MutableSequence, cabc.Mapping, cabc.MutableMapping, cabc.Set, cabc.MutableSet,
        cabc.Reversible, cabc.KeysView, cabc.ItemsView, cabc.ValuesView, cabc.MappingView, cabc.ByteString]
print(' '.join(a.__name__ for a in abcs))
for s in samples:
    print('%-20s' % type(s).__name__, ''.join('1' if isinstance(s, a) else '.' for a in abcs))

class Seq(cabc.Sequence):
    def __init__(self, *items): self.items = list(items)
    def __getitem__(self, i): return self.items[i]
    def __len__(self): return len(self.items)
s = Seq(1, 2, 3, 2)
print(list(s), 2 in s, s.index(2), s.count(2), list(reversed(s)), s.index(2, 2))
try:
    s.index(9)
except ValueError:
    print('ValueError from index')

class MSeq(cabc.MutableSequence):
    def __init__(self): self.items = []
    def __getitem__(self, i): return self.items[i]
    def __setitem__(self, i, v): self.items[i] = v
    def __delitem__(self, i): del self.items[i]
    def __len__(self): return len(self.items)
    def insert(self, i, v): self.items.insert(i, v)
m = MSeq()
m.append(1); m.extend([2, 3]); m += [4]; m.reverse(); print(m.items, m.pop(), m.pop(0), m.items)
m.remove(2); print(m.items); m.clear(); print(m.items)

class Map(cabc.Mapping):
    def __init__(self, **kw): self.d = kw
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
mp = Map(a=1, b=2)
print(mp.get('a'), mp.get('z', 0), 'b' in mp, list(mp.keys()), list(mp.values()), list(mp.items()), mp == {'a': 1, 'b': 2})
print(mp.keys() & {'a', 'q'}, mp.items() | {('c', 3)} == {('a', 1), ('b', 2), ('c', 3)}, repr(mp.keys()).startswith('KeysView('))

class MMap(cabc.MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
mm = MMap()
mm.update({'a': 1}, b=2); mm.update([('c', 3)]); print(mm.d, mm.setdefault('d', 4), mm.pop('a'), mm.pop('zz', None), mm.popitem(), mm.d)
mm.clear(); print(mm.d)

class S(cabc.Set):
    def __init__(self, it=()): self.items = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)
a, b = S([1, 2, 3]), S([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= S([1, 2, 3, 4]), a < a, a == S([3, 2, 1]), a.isdisjoint([7]))

class Duck:
    def __iter__(self): return iter([])
    def __len__(self): return 0
    def __contains__(self, x): return False
print(isinstance(Duck(), cabc.Iterable), isinstance(Duck(), cabc.Sized), isinstance(Duck(), cabc.Collection), isinstance(Duck(), cabc.Sequence))
class NoHash:
    __hash__ = None
print(isinstance(NoHash(), cabc.Hashable), issubclass(list, cabc.Hashable), issubclass(tuple, cabc.Hashable))
class NoIter(list):
    __iter__ = None
print(issubclass(NoIter, cabc.Iterable))
try:
    class Half(cabc.Sequence):
        def __len__(self): return 0
    Half()
except TypeError as e:
    print('TypeError', e)
cabc.Sequence.register(Duck)
print(isinstance(Duck(), cabc.Sequence), issubclass(Duck, cabc.Reversible))
print(cabc.Iterable.__module__, repr(cabc.Mapping), sorted(cabc.__all__)[:5])
