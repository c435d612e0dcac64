# slice objects: attributes, indices(), use with sequences, repr, equality.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1), repr(slice("a", "b")))
print(list(range(20))[s], "abcdefghijkl"[s], (0, 1, 2, 3, 4)[slice(None, 3)])
for sl in [slice(None), slice(2, None), slice(-3, None), slice(None, None, -1), slice(10, -10, -3), slice(-100, 100)]:
    print(sl, sl.indices(8), list(range(8))[sl])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
class Probe:
    def __getitem__(self, key):
        return key
p = Probe()
print(p[1], p[1:2], p[::3], p[1:2, 3], p[...], p[:, None], p["k"], p[-1:])
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2][slice(None, "a")]
except TypeError as e:
    print("TypeError:", e)
class Idx:
    def __index__(self):
        return 2
print([10, 20, 30, 40][Idx()], [10, 20, 30, 40][Idx():], "hello"[:Idx()], range(10)[Idx()::Idx()])
