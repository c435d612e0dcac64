# collections.namedtuple: construction, methods, defaults, rename, errors.
from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p.x + p.y, p[0], p[-1], len(p), tuple(p), p == (11, 22), hash(p) == hash((11, 22)))
print(Point._fields, Point._field_defaults, Point.__doc__, Point.__name__, Point.__module__, Point.__new__.__doc__)
print(p._asdict(), p._replace(x=100), Point._make([1, 2]), Point._make(range(2)), p.__getnewargs__())
x, y = p
print(x, y, isinstance(p, tuple), type(p).__mro__[1].__name__, Point.x.__doc__, p.__match_args__ if hasattr(p, '__match_args__') else None)
print(repr(Point(x=[1], y={'a': 1})), str(Point(1.5, 'two')))
P3 = namedtuple('P3', 'a, b c')
print(P3._fields, P3(1, 2, 3))
D = namedtuple('D', 'a b c', defaults=[2, 3])
print(D(1), D(1, 5), D._field_defaults, D.__new__.__defaults__)
R = namedtuple('R', ['abc', 'def', '_ghi', 'abc', '1x', 'ok'], rename=True)
print(R._fields)
M = namedtuple('M', 'v', module='custom.mod')
print(M.__module__, M(1), M.__doc__)
E = namedtuple('E', '')
print(E(), E._fields, len(E()))

class Point3(namedtuple('Point3', 'x y z')):
    __slots__ = ()
    @property
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)
    def __str__(self):
        return 'P(%d,%d,%d)' % self
q = Point3(1, -2, 3)
print(q, repr(q), q.norm1, q._replace(z=0), type(q._replace(z=0)).__name__)

match p:
    case Point(x, y=yy):
        print('matched', x, yy)

for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, y=2, x=3), lambda: Point(1, z=3),
            lambda: Point._make([1]), lambda: p._replace(z=1), lambda: setattr(p, 'x', 5),
            lambda: delattr(p, 'x'), lambda: namedtuple('P', 'x x'), lambda: namedtuple('P', '_x'),
            lambda: namedtuple('P', 'class'), lambda: namedtuple('1P', 'x'), lambda: namedtuple('P', 'a-b'),
            lambda: namedtuple('P', ['x', 1]), lambda: namedtuple('P', 'x', defaults=[1, 2]),
            lambda: D(), lambda: p.z, lambda: setattr(p, 'z', 1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
