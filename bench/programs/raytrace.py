"""raytrace: a small recursive ray tracer.

A scene of spheres over a checkered plane, lit by two point lights, is
rendered at N x N pixels: rays from the eye hit the nearest object, the
colour sums ambient, Lambert diffuse and Phong specular terms (with
shadow rays), plus a reflected ray up to a fixed depth. Prints a checksum
of the 8-bit pixel values.
"""
import sys
import math

DEFAULT_SIZE = 300
SMOKE_SIZE = 12
MAX_DEPTH = 3
EPSILON = 1e-6


class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def magnitude(self):
        return math.sqrt(self.dot(self))

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def cross(self, o):
        return Vector(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    def normalized(self):
        return self.scale(1.0 / self.magnitude())

    def reflect_through(self, normal):
        return self - normal.scale(2 * self.dot(normal))


class Colour:
    __slots__ = ("r", "g", "b")

    def __init__(self, r, g, b):
        self.r = r
        self.g = g
        self.b = b

    def __add__(self, o):
        return Colour(self.r + o.r, self.g + o.g, self.b + o.b)

    def __mul__(self, o):
        return Colour(self.r * o.r, self.g * o.g, self.b * o.b)

    def scale(self, k):
        return Colour(self.r * k, self.g * k, self.b * k)


BLACK = Colour(0.0, 0.0, 0.0)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction.scale(t)


class Surface:
    def __init__(self, colour, diffuse, specular, shininess, reflect):
        self.colour = colour
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflect = reflect

    def colour_at(self, point):
        return self.colour


class Checkers(Surface):
    def colour_at(self, point):
        if (math.floor(point.x) + math.floor(point.z)) % 2 == 0:
            return self.colour
        return Colour(0.1, 0.1, 0.1)


class Sphere:
    def __init__(self, centre, radius, surface):
        self.centre = centre
        self.radius = radius
        self.surface = surface

    def intersect(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return (point - self.centre).normalized()


class Plane:
    def __init__(self, point, normal, surface):
        self.point = point
        self.normal = normal.normalized()
        self.surface = surface

    def intersect(self, ray):
        denom = ray.direction.dot(self.normal)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []
        self.ambient = Colour(0.1, 0.1, 0.1)

    def nearest(self, ray):
        best = None
        best_t = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best = obj
                best_t = t
        return best, best_t

    def in_shadow(self, point, light):
        to_light = light - point
        distance = to_light.magnitude()
        ray = Ray(point, to_light)
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            return BLACK
        point = ray.at(t)
        normal = obj.normal_at(point)
        surface = obj.surface
        base = surface.colour_at(point)
        colour = base * self.ambient
        for light in self.lights:
            if self.in_shadow(point, light):
                continue
            to_light = (light - point).normalized()
            lambert = normal.dot(to_light)
            if lambert > 0:
                colour = colour + base.scale(lambert * surface.diffuse)
                half = (to_light - ray.direction).normalized()
                spec = normal.dot(half)
                if spec > 0:
                    k = surface.specular * spec ** surface.shininess
                    colour = colour + Colour(k, k, k)
        if depth < MAX_DEPTH and surface.reflect > 0:
            reflected = Ray(point, ray.direction.reflect_through(normal))
            colour = colour + self.trace(reflected, depth + 1).scale(surface.reflect)
        return colour


def build_scene():
    scene = Scene()
    shiny = Surface(Colour(0.9, 0.2, 0.2), 0.7, 0.5, 40, 0.3)
    matte = Surface(Colour(0.2, 0.7, 0.3), 0.9, 0.1, 10, 0.0)
    mirror = Surface(Colour(0.8, 0.8, 0.9), 0.3, 0.8, 80, 0.6)
    floor = Checkers(Colour(0.9, 0.9, 0.9), 0.8, 0.0, 1, 0.2)
    scene.objects.append(Sphere(Vector(0.0, 1.0, 5.0), 1.0, shiny))
    scene.objects.append(Sphere(Vector(-2.2, 0.7, 6.5), 0.7, matte))
    scene.objects.append(Sphere(Vector(2.0, 1.5, 7.0), 1.5, mirror))
    scene.objects.append(Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0), floor))
    scene.lights.append(Vector(-5.0, 8.0, 0.0))
    scene.lights.append(Vector(6.0, 5.0, 2.0))
    return scene


def to_byte(c):
    if c <= 0.0:
        return 0
    if c >= 1.0:
        return 255
    return int(c * 255)


def render(scene, size):
    eye = Vector(0.0, 1.6, -1.0)
    look = Vector(0.0, 1.0, 5.0)
    forward = (look - eye).normalized()
    right = Vector(0.0, 1.0, 0.0).cross(forward).normalized()
    up = forward.cross(right)
    checksum = 0
    for row in range(size):
        for col in range(size):
            x = (col + 0.5) / size * 2 - 1
            y = 1 - (row + 0.5) / size * 2
            direction = forward + right.scale(x * 0.8) + up.scale(y * 0.8)
            c = scene.trace(Ray(eye, direction), 0)
            pixel = (to_byte(c.r) << 16) | (to_byte(c.g) << 8) | to_byte(c.b)
            checksum = (checksum * 33 + pixel) % 4294967291
    return checksum


def main(n):
    return "raytrace %dx%d: checksum %d" % (n, n, render(build_scene(), n))


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE))
