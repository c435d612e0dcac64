# dis of classes (every method, sorted by name, "Disassembly of name:"),
# methods (bound and unbound), class bodies compiled from source,
# classmethod/staticmethod, properties, super() and __class__ cells.
from _dishelp import show, snippet


class Base:
    def __init__(self, value):
        self.value = value

    def describe(self):
        return 'Base(%r)' % (self.value,)


class Point(Base):
    scale = 2

    def __init__(self, x, y):
        super().__init__(x)
        self.x = x
        self.y = y

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    @classmethod
    def origin(cls):
        return cls(0, 0)

    @staticmethod
    def add(a, b):
        return a + b

    def __repr__(self):
        return f'Point({self.x}, {self.y})'

    def scaled(self):
        return [c * self.scale for c in (self.x, self.y)]


print('class Point')
show(Point)
print('bound method')
show(Point(1, 2).norm)
print('unbound function')
show(Point.__repr__)
print('class body from source')
show(snippet('''
class Shape:
    """A shape."""
    sides = 0
    def area(self):
        return 0
    def __eq__(self, other):
        return self.sides == other.sides
'''))
