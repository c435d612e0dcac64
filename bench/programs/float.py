"""float: creates N point objects from sin and cos, normalises each one,
then folds them into the component-wise maximum (the classic "float"
benchmark: object creation, attribute access and float arithmetic).
"""
import sys
from math import sin, cos, sqrt

DEFAULT_SIZE = 240000
SMOKE_SIZE = 1000
ROUNDS = 5


class Point:
    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point: x=%.9f, y=%.9f, z=%.9f>" % (self.x, self.y, self.z)

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    best = points[0]
    for p in points[1:]:
        best.maximize(p)
    return best


def run(n):
    points = [None] * n
    for i in range(n):
        points[i] = Point(i)
    for p in points:
        p.normalize()
    return maximize(points)


def main(n):
    results = {repr(run(n)) for _ in range(ROUNDS)}
    return "float %d: %s" % (n, " / ".join(sorted(results)))


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE))
