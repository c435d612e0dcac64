# Seed lesson: instances keep attributes in __dict__ unless the class declares __slots__.
import sys
class PointDict:
    def __init__(self, x, y):
        self.x = x
        self.y = y
class PointSlots:
    __slots__ = ["x", "y"]
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = PointDict(1, 2)
print(p.__dict__)
p.z = 3
print(p.__dict__, hasattr(p, "__dict__"))
q = PointSlots(1, 2)
print(q.x, q.y, hasattr(q, "__dict__"))
try:
    q.z = 3
except AttributeError as err:
    print("AttributeError:", err)
try:
    q.__dict__
except AttributeError as err:
    print("AttributeError:", err)
print(sys.getsizeof(q) < sys.getsizeof(p) + sys.getsizeof(p.__dict__))
print(PointSlots.__slots__, type(PointSlots.x).__name__)
q.x = 10
del q.y
print(q.x, hasattr(q, "y"))
class Person:
    __slots__ = ("name", "age")
    def __init__(self, name, age):
        self.name, self.age = name, age
people = [Person(f"p{i}", i) for i in range(3)]
print([(pp.name, pp.age) for pp in people])
