# id() of a freed object may be reused by the next object of the same size;
# live objects never share an id.
class Node:
    __slots__ = ("name", "__weakref__")

    def __init__(self, name):
        self.name = name


ids = set()
for i in range(5):
    o = Node(i)
    ids.add(id(o))
    del o
print("ids reused", len(ids) < 5)
ids = set()
for i in range(5):
    ids.add(id([i]))
print("temporary lists reuse ids", len(ids) < 5)
a = Node("a")
b = Node("b")
print("live objects distinct ids", id(a) != id(b), a is not b)
