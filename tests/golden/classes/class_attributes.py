# Class attributes vs instance attributes, mutable class attributes, properties with setters, __slots__.
class Shared:
    items = []
    def add(self, x):
        self.items.append(x)
a, b = Shared(), Shared()
a.add(1)
b.add(2)
print(a.items, b.items, Shared.items, a.items is b.items)
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 0
except AttributeError as e:
    print("AttributeError:", e)
class Slotted:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
s = Slotted()
print(s.x, hasattr(s, "y"), hasattr(s, "__dict__"))
try:
    s.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)
class Meta:
    kind = "class-level"
    def __init__(self):
        self.kind = "instance-level"
m = Meta()
print(m.kind, Meta.kind, type(m).kind, getattr(Meta, "kind"))
Meta.new_attr = "added later"
print(m.new_attr, "new_attr" in Meta.__dict__, "new_attr" in m.__dict__)
