class LoggingDict(dict):
    def __getitem__(self, k):
        print("getitem", k)
        return super().__getitem__(k)
    def __iter__(self):
        print("iter called")
        return super().__iter__()
    def __len__(self):
        print("len called")
        return super().__len__()
    def keys(self):
        print("keys called")
        return super().keys()
d = LoggingDict(a=1, b=2)
print(d.get("a"), d["b"])
print(list(d))
print(dict(d))
print({**d})
print(len(d), bool(d))
print(sorted(d.items()), "a" in d)
print("{a}-{b}".format(**d))
def f(**kw): return kw
print(f(**d))
class RevList(list):
    def __iter__(self):
        return iter(reversed(list(super().__iter__())))
    def __len__(self):
        return 100
r = RevList([1, 2, 3])
print(list(r), [x for x in r], len(r), r[0], tuple(r), sorted(r), str(r), r == [1, 2, 3], sum(r))
print(*r)
a, b, c = r
print(a, b, c)
class Shout(str):
    def __str__(self):
        return self.upper()
    def __repr__(self):
        return "Shout(" + super().__repr__() + ")"
s = Shout("hey")
print(s, str(s), repr(s), f"{s}", "%s" % s, [s], s + "!", "{}".format(s), format(s))
class CIStr(str):
    def __eq__(self, o):
        return self.lower() == o.lower()
    def __hash__(self):
        return hash(self.lower())
dd = {CIStr("Key"): 1}
print(dd.get(CIStr("KEY")), dd.get("key"), CIStr("A") == "a", "a" == CIStr("A"), CIStr("A") in ["a"])
class PosInt(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
    def __str__(self):
        return f"+{int(self)}"
p = PosInt(5)
print(p, repr(p), p + 1, f"{p}", f"{p:d}", "%d" % p, str(p), [p], p.real)
try:
    PosInt(-1)
except ValueError as e:
    print(e)
class Tracking(list):
    def append(self, v):
        print("append", v)
        super().append(v)
t = Tracking()
t.append(1)
t += [2]
t.extend([3])
t.insert(0, 0)
print(t)
class DefaultList(list):
    def __getitem__(self, i):
        try:
            return super().__getitem__(i)
        except IndexError:
            return None
dl = DefaultList([1])
print(dl[0], dl[5], dl[-9])
class OrderedSet(dict):
    def add(self, v):
        self[v] = None
    def __repr__(self):
        return "{" + ", ".join(map(repr, self)) + "}"
os_ = OrderedSet()
for v in "banana":
    os_.add(v)
print(os_, len(os_))
class FrozenDict(dict):
    def __setitem__(self, k, v):
        raise TypeError("frozen")
    def __hash__(self):
        return hash(tuple(sorted(self.items())))
fd = FrozenDict(a=1)
try:
    fd["b"] = 2
except TypeError as e:
    print(e)
fd.update(b=2)
print(fd, {fd: "hashable"}[FrozenDict(a=1, b=2)])
class ErrSub(KeyError):
    def __str__(self):
        return "custom key error"
try:
    raise ErrSub("k")
except KeyError as e:
    print(e, repr(e), e.args)
