# Properties, setters, deleters and validation
class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"expected a number, got {type(value).__name__}")
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @celsius.deleter
    def celsius(self):
        print("deleting celsius")
        del self._celsius

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, t.fahrenheit)
t.celsius = -40
print(t.celsius, t.fahrenheit)
for bad in ["hot", -300, None]:
    try:
        t.celsius = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
del t.celsius
try:
    print(t.celsius)
except AttributeError as e:
    print("AttributeError:", e)
print(type(Temperature.celsius).__name__)
print(Temperature.fahrenheit.fget.__name__)
print(Temperature.fahrenheit.fdel)


class ReadOnly:
    @property
    def value(self):
        return 42


r = ReadOnly()
print(r.value)
try:
    r.value = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del r.value
except AttributeError as e:
    print("AttributeError:", e)
p = property(lambda self: 1, doc="my doc")
print(p.__doc__)
