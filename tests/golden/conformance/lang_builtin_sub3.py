class T(tuple):
    def __iter__(self):
        print("T.__iter__")
        return iter(("x", "y"))
    def __len__(self):
        return 7
t = T((1, 2))
a, b = t
print(a, b, list(t), len(t), t[0], tuple(t), t == (1, 2), [*t], hash(t) == hash((1, 2)))
def f(*args): return args
print(f(*t))
class S(str):
    def __iter__(self):
        return iter("override")
    def __len__(self):
        return 99
    def __contains__(self, x):
        return x == "zzz"
    def __getitem__(self, i):
        return "item"
s = S("abc")
print(list(s), len(s), "zzz" in s, "a" in s, s[0], s.upper(), "".join(s), "-".join([s, s]), s[::-1] if False else "", str(s) == "abc")
for ch in s:
    print(ch, end=" ")
print()
class D(dict):
    def __contains__(self, k):
        return True
    def __getitem__(self, k):
        return "always"
d = D(a=1)
print("anything" in d, d["anything"], d.get("anything"), d.get("a"), list(d.items()), d.pop("a"), d)
class L(list):
    def __contains__(self, x):
        return x == "magic"
    def __eq__(self, o):
        return True
    def __hash__(self):
        return 1
l = L([1, 2])
print(1 in l, "magic" in l, l == [9], [l] == [[0]], l.count(1), l.index(2), {l: 1}[l], l != [])
class I(int):
    def __eq__(self, o):
        return True
    __hash__ = int.__hash__
    def __index__(self):
        return 0
    def __bool__(self):
        return False
i = I(3)
print(i == 4, [10, 20, 30, 40][i], bool(i), 3 in [i], i + 1, not i, "yes" if i else "no", hex(i), range(i))
class F(float):
    def __repr__(self):
        return "F!"
    def __str__(self):
        return "Fstr"
x = F(1.5)
print(x, repr(x), [x], f"{x}", f"{x:.2f}", str(x), "%s %r %f" % (x, x, x), x + 1, type(x + 1).__name__)
class B(bytes):
    def __str__(self):
        return "Bstr"
print(B(b"ab"), f"{B(b'ab')}", repr(B(b"ab")), B(b"ab").decode(), B(b"ab")[0], list(B(b"ab")))
class ListWithRepr(list):
    def __repr__(self):
        return "LWR" + super().__repr__()
print(ListWithRepr([1]), str(ListWithRepr([1])), [ListWithRepr([2])], f"{ListWithRepr([3])}", {"k": ListWithRepr()})
class DictNoRepr(dict):
    pass
print(DictNoRepr(a=1), repr(DictNoRepr()), type(DictNoRepr(a=1).copy()).__name__, type(DictNoRepr() | {}).__name__)
class BoolLike(int):
    def __str__(self):
        return "BL"
print(BoolLike(1), f"{BoolLike(1)}", f"{BoolLike(1):d}", format(BoolLike(1), ""), str(BoolLike(1)), "{}".format(BoolLike(1)))
class Seq(list):
    def __getitem__(self, i):
        return super().__getitem__(i) * 100
sq = Seq([1, 2, 3])
print(sq[0], sorted(sq), list(reversed(sq)), sq[-1], max(sq), [sq[i] for i in range(3)], sq.pop(), sq)
