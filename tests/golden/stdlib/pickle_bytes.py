# pickle: the exact bytes of protocols 0-5 for many objects (crc32 and a
# prefix of each, compared with CPython), round trips, recursion and memo.
import pickle, copyreg
class P:
    def __init__(self, a): self.a = a; self.b = [a]
    def __eq__(self, o): return type(o) is P and vars(o) == vars(self)
class S:
    def __repr__(self): return "S(%r, %r)" % (self.x, self.y)
    __slots__ = ('x', 'y')
    def __init__(self): self.x = 1; self.y = 'two'
class G:
    def __init__(self): self.v = 3
    def __getstate__(self): return {'v': self.v * 10}
    def __setstate__(self, st): self.v = st['v'] + 1
class R:
    def __reduce__(self): return (R2, (5, 6))
class R2(tuple):
    def __new__(cls, a, b): return tuple.__new__(cls, (a, b))
class Ex:
    def __reduce_ex__(self, proto): return (dict, (), None, None, iter([('k', proto)]))
a = [1]; a.append(a)
d = {}; d['self'] = d
t = ([],); t[0].append(t)
shared = [1, 2]
objs = [None, True, False, 0, 1, -1, 255, 256, 65535, 65536, -129, 2**31-1, 2**31, -2**31, -2**31-1, 2**63, -2**64, 2**1000,
        0.0, -0.0, 1.5, 1e300, float('inf'), 'a', '', 'é', '中文', '\n\\x', 'x'*300, b'', b'\x00\xff', b'y'*300,
        bytearray(), bytearray(b'ab'), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1, 2], {}, {1: 2, 'a': [3]},
        set(), {1, 2, 3}, frozenset(), frozenset({4, 5}), 1+2j, complex(0, -1.5), [shared, shared, (shared,)],
        list(range(2500)), {i: str(i) for i in range(1200)}, set(range(1100)), len, P, pickle.PicklingError,
        range(3), slice(1, 2), P(5), S(), G(), R(), Ex(), a, d, t, int, type(None), ..., NotImplemented]
for proto in range(6):
    for o in objs:
        try:
            data = pickle.dumps(o, proto)
        except Exception as e:
            print(proto, 'ERR', type(e).__name__, e); continue
        print(proto, len(data), data[:60].hex(), __import__('zlib').crc32(data))
        back = pickle.loads(data)
        print('  ', type(back).__name__, repr(back)[:50] if not isinstance(back, (S, G, R2, P)) else sorted(vars(back).items()) if hasattr(back, '__dict__') else back)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
