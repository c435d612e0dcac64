"""chaos: the chaos game played on B-splines.

Three cubic B-splines (evaluated with de Boor's algorithm on a small vector
class) form a shape; each step picks a spline at random (weighted by its
length), maps the current point's first coordinate to a position along the
spline and its second to an offset along the spline's normal, then scales
the result back into the unit square. The N points are drawn into a
pixel grid; the program prints how many pixels were hit and a checksum.
"""
import sys
import random
import math

DEFAULT_SIZE = 100000
SMOKE_SIZE = 600
WIDTH = 256
HEIGHT = 256
THICKNESS = 0.25


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def blend(self, other, a, b):
        return Vec(self.x * a + other.x * b, self.y * a + other.y * b)

    def length(self):
        return math.sqrt(self.x * self.x + self.y * self.y)


class Spline:
    """A clamped uniform B-spline of the given degree."""

    def __init__(self, points, degree):
        self.points = points
        self.degree = degree
        inner = len(points) - degree
        self.knots = [0.0] * degree + [i / inner for i in range(inner + 1)] + [1.0] * degree

    def span(self, u):
        knots = self.knots
        lo = self.degree
        hi = len(self.points)
        if u >= 1.0:
            return hi - 1
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if knots[mid] <= u:
                lo = mid
            else:
                hi = mid
        return lo

    def __call__(self, u):
        p = self.degree
        k = self.span(u)
        knots = self.knots
        d = [self.points[k - p + j] for j in range(p + 1)]
        for r in range(1, p + 1):
            for j in range(p, r - 1, -1):
                left = knots[j + k - p]
                right = knots[j + 1 + k - r]
                alpha = (u - left) / (right - left)
                d[j] = d[j - 1].blend(d[j], 1.0 - alpha, alpha)
        return d[p]

    def length(self, steps=64):
        total = 0.0
        prev = self(0.0)
        for i in range(1, steps + 1):
            cur = self(i / steps)
            total += (cur - prev).length()
            prev = cur
        return total


class ChaosGame:
    def __init__(self, splines, rng):
        self.splines = splines
        self.rng = rng
        lengths = [s.length() for s in splines]
        total = sum(lengths)
        acc = 0.0
        self.cumulative = []
        for length in lengths:
            acc += length / total
            self.cumulative.append(acc)
        xs = [p.x for s in splines for p in s.points]
        ys = [p.y for s in splines for p in s.points]
        margin = THICKNESS
        self.minx = min(xs) - margin
        self.miny = min(ys) - margin
        self.width = max(xs) + margin - self.minx
        self.height = max(ys) + margin - self.miny

    def pick(self):
        r = self.rng.random()
        for i, c in enumerate(self.cumulative):
            if r <= c:
                return self.splines[i]
        return self.splines[-1]

    def step(self, point):
        spline = self.pick()
        t = min(max(point.x, 0.0), 1.0)
        base = spline(t)
        eps = 1e-4
        ahead = spline(min(t + eps, 1.0))
        behind = spline(max(t - eps, 0.0))
        tangent = ahead - behind
        norm = tangent.length()
        if norm == 0.0:
            normal = Vec(0.0, 1.0)
        else:
            normal = Vec(-tangent.y / norm, tangent.x / norm)
        offset = (point.y - 0.5) * THICKNESS * 2
        moved = base + normal * offset
        return Vec((moved.x - self.minx) / self.width, (moved.y - self.miny) / self.height)

    def run(self, n):
        grid = [[0] * HEIGHT for _ in range(WIDTH)]
        point = Vec(0.5, 0.5)
        for _ in range(n):
            point = self.step(point)
            px = min(int(point.x * WIDTH), WIDTH - 1)
            py = min(int(point.y * HEIGHT), HEIGHT - 1)
            grid[px][py] += 1
        return grid


def main(n):
    rng = random.Random(1234)
    splines = [
        Spline([Vec(1.6, 0.0), Vec(1.4, 0.9), Vec(0.9, 1.4), Vec(0.2, 1.3), Vec(0.0, 0.6)], 3),
        Spline([Vec(0.0, 0.6), Vec(0.3, 0.2), Vec(0.9, 0.1), Vec(1.2, 0.5)], 3),
        Spline([Vec(0.4, 0.9), Vec(0.7, 0.8), Vec(0.9, 1.0), Vec(1.1, 1.1), Vec(1.3, 1.4)], 3),
    ]
    grid = ChaosGame(splines, rng).run(n)
    hit = 0
    checksum = 0
    for x, column in enumerate(grid):
        for y, count in enumerate(column):
            if count:
                hit += 1
                checksum = (checksum * 31 + x * HEIGHT + y + count) % 1000000007
    return "chaos %d: %d pixels hit, checksum %d" % (n, hit, checksum)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE))
