# Hand-written dataclass-like class with __eq__, __repr__, ordering, and copying
class Point:
    __fields__ = ("x", "y", "label")

    def __init__(self, x, y, label=""):
        self.x = x
        self.y = y
        self.label = label

    def __repr__(self):
        args = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.__fields__)
        return f"{type(self).__name__}({args})"

    def _key(self):
        return tuple(getattr(self, f) for f in self.__fields__)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return self._key() == other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __lt__(self, other):
        return self._key() < other._key()

    def replace(self, **changes):
        kw = {f: getattr(self, f) for f in self.__fields__}
        for k in changes:
            if k not in kw:
                raise TypeError(f"unexpected field {k!r}")
        kw.update(changes)
        return type(self)(**kw)

    def as_dict(self):
        return {f: getattr(self, f) for f in self.__fields__}


pts = [Point(2, 3, "b"), Point(1, 5), Point(2, 1, "a"), Point(1, 5)]
for p in pts:
    print(p)
print(sorted(pts))
print(pts[1] == pts[3], pts[1] is pts[3], pts[0] == pts[2])
print(len(set(pts)))
q = pts[0].replace(label="moved", x=10)
print(q, pts[0])
print(q.as_dict())
try:
    q.replace(z=1)
except TypeError as e:
    print("TypeError:", e)
print(Point(1, 2) == (1, 2, ""))
print(Point(0, 0).__eq__(5))
print(sorted(pts, key=lambda p: (-p.y, p.label)))
print(min(pts, key=lambda p: p.x + p.y), max(pts, key=lambda p: p.label))
print(repr(Point("a", [1, 2], label="q\n")))
