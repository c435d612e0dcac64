# dis of match statements: literal, capture, wildcard, sequence, mapping,
# class and or-patterns, guards.
from _dishelp import show


class Point:
    __match_args__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


def literals(command):
    match command:
        case 'quit':
            return 0
        case 1 | 2 | 3:
            return 1
        case None:
            return 2
        case _:
            return 3


def sequences(value):
    match value:
        case []:
            return 'empty'
        case [x]:
            return x
        case [x, y, *rest]:
            return x, y, rest
        case (a, b) if a == b:
            return a


def mappings(event):
    match event:
        case {'type': 'click', 'pos': (x, y)}:
            return x, y
        case {'type': kind, **others}:
            return kind, others


def classes(shape):
    match shape:
        case Point(x=0, y=0):
            return 'origin'
        case Point(x, 0):
            return x
        case Point() as p:
            return p
        case str() | bytes():
            return 'text'


for function in (literals, sequences, mappings, classes):
    print(function.__name__)
    show(function)
