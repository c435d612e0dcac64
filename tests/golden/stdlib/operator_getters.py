# operator.itemgetter / attrgetter / methodcaller: results, reprs and errors.
from operator import itemgetter, attrgetter, methodcaller

rows = [('bob', 3, 'x'), ('amy', 1, 'z'), ('cat', 2, 'y'), ('dan', 1, 'w')]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(1, 0)))
print(itemgetter(0)(rows), itemgetter(-1, 0)(rows))
print(itemgetter(slice(1, 3))('abcdef'), itemgetter('k')({'k': 'v'}))
print(list(map(itemgetter(2), rows)))
print(repr(itemgetter(1)), repr(itemgetter('a', 'b')), repr(itemgetter(slice(1, 2))))

class Name:
    def __init__(self, first, last):
        self.first, self.last = first, last
class Person:
    def __init__(self, name, age):
        self.name, self.age = name, age
people = [Person(Name('Ann', 'Lee'), 30), Person(Name('Bo', 'Kim'), 25), Person(Name('Cy', 'Abe'), 35)]
print([p.age for p in sorted(people, key=attrgetter('age'))])
print(attrgetter('name.last')(people[0]), attrgetter('age', 'name.first')(people[1]))
print([attrgetter('name.first')(p) for p in sorted(people, key=attrgetter('name.last'))])
print(repr(attrgetter('x')), repr(attrgetter('a.b', 'c')))

print(methodcaller('upper')('abc'), methodcaller('split', ',')('a,b,c'), methodcaller('split', sep='-', maxsplit=1)('a-b-c'))
print(methodcaller('get', 'k', 0)({}), list(map(methodcaller('strip'), [' a ', 'b '])))
print(repr(methodcaller('name')), repr(methodcaller('f', 1, 'two')), repr(methodcaller('g', 1, key=2, other='x')))

print(type(itemgetter(1)).__name__, type(attrgetter('a')).__name__, type(methodcaller('m')).__name__)

for f in [lambda: itemgetter(), lambda: attrgetter(), lambda: attrgetter(1), lambda: methodcaller(),
          lambda: methodcaller(1), lambda: itemgetter(1)(), lambda: itemgetter(1)(1, 2),
          lambda: itemgetter(5)([1]), lambda: itemgetter('z')({}), lambda: attrgetter('missing')(1),
          lambda: attrgetter('name.nope')(people[0]), lambda: methodcaller('nope')(1),
          lambda: attrgetter('a')(), lambda: itemgetter(0)(5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
