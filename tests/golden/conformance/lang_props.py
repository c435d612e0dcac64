class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "the temperature"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def ro(self):
        return 1

t = Temp()
t.celsius = 25
print(t.celsius, Temp.celsius.__doc__)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print(e)
try:
    t.ro = 5
except AttributeError as e:
    print(e)
try:
    del t.ro
except AttributeError as e:
    print(e)
p = property()
class H:
    x = p
try:
    H().x
except AttributeError as e:
    print(e)
try:
    H().x = 1
except AttributeError as e:
    print(e)
print(type(Temp.celsius).__name__, Temp.celsius.fget.__name__, Temp.ro.fset)

class Lazy:
    def __init__(self):
        self.calls = 0
    @property
    def value(self):
        self.calls += 1
        return 42
l = Lazy()
print(l.value, l.value, l.calls)

class Sub(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return "sub:" + str(self._c)
s = Sub()
s.celsius = 5
print(s.celsius)

class AttrErrProp:
    @property
    def p(self):
        raise AttributeError("inner missing")
    def __getattr__(self, name):
        return "fallback " + name
print(AttrErrProp().p)
class Named:
    def get(self): return 7
    x = property(get, doc="documented")
print(Named().x, Named.x.__doc__)
