# __repr__, __str__, __eq__, ordering, __len__, __getitem__, __contains__, __call__, __iter__.
import functools
@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __repr__(self):
        return f"Version{self.parts!r}"
    def __str__(self):
        return ".".join(map(str, self.parts))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __hash__(self):
        return hash(self.parts)
vs = [Version(1, 10), Version(1, 2), Version(0, 9, 1), Version(1, 2)]
print(vs, [str(v) for v in vs], sorted(vs), max(vs), Version(1) <= Version(1, 0), Version(2) >= Version(1, 9))
print(Version(1, 2) == Version(1, 2), Version(1, 2) == (1, 2), len(set(vs)), f"{vs[0]} {vs[0]!r}")
class Deck:
    def __init__(self):
        self.cards = [f"{r}{s}" for s in "SH" for r in "A23"]
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __contains__(self, card):
        print("  __contains__", card)
        return card in self.cards
    def __call__(self, n):
        return self.cards[:n]
d = Deck()
print(len(d), d[0], d[-1], d[1:3], "2H" in d, "9S" in d, d(2), list(reversed(d))[:2])
for card in d:
    print(card, end=" ")
print()
class Reg:
    def __init__(self):
        self.data = {}
    def __setitem__(self, k, v):
        print("  set", k, v)
        self.data[k] = v
    def __delitem__(self, k):
        print("  del", k)
        del self.data[k]
    def __getattr__(self, name):
        return f"<missing {name}>"
r = Reg()
r["a"] = 1
r["b"] = 2
del r["a"]
print(r.data, r.anything, r.data is r.__dict__["data"])
class NoRepr:
    pass
nr = NoRepr()  # one object: two temporaries need not share an address
print(repr(nr).startswith("<__main__.NoRepr object at 0x"), str(nr) == repr(nr) or "differs")
