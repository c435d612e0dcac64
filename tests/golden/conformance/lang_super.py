class Base:
    def __init__(self, x):
        self.x = x
        print("Base.__init__", x)
    def hello(self):
        return "Base.hello"
    @classmethod
    def make(cls):
        return "Base.make(%s)" % cls.__name__
    @staticmethod
    def st():
        return "Base.st"
    @property
    def prop(self):
        return "Base.prop"

class Mid(Base):
    def __init__(self, x):
        super().__init__(x * 2)
        print("Mid.__init__")
    def hello(self):
        return "Mid>" + super().hello()
    @classmethod
    def make(cls):
        return "Mid>" + super().make()
    @property
    def prop(self):
        return "Mid>" + super().prop

class Leaf(Mid):
    def hello(self):
        return "Leaf>" + super(Mid, self).hello()
    def lam(self):
        f = lambda: super(Leaf, self).hello()
        return f()
    def gen(self):
        yield super().hello()
    def comp(self):
        return [super(Leaf, self).hello() for _ in range(1)]

l = Leaf(3)
print(l.x, l.hello(), Leaf.make(), l.prop, l.st())
print(l.lam(), next(l.gen()), l.comp())
import re
print(re.sub(" at 0x[0-9a-f]+", "", repr(super(Leaf, l).hello)))
s = super(Mid, Leaf)
print(s.make())
print(repr(super(Leaf, l)).startswith("<super: <class 'Leaf'>, <Leaf object>"))

class NoArg:
    def m(self):
        def inner():
            return super().m()
        return inner()
try:
    NoArg().m()
except RuntimeError as e:
    print("RuntimeError", e)

def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    super(Leaf, 5)
except TypeError as e:
    print("TypeError", e)
try:
    super(5, l)
except TypeError as e:
    print("TypeError", e)

class Diamond0:
    def who(self): return ["D0"]
class DL(Diamond0):
    def who(self): return ["DL"] + super().who()
class DR(Diamond0):
    def who(self): return ["DR"] + super().who()
class DD(DL, DR):
    def who(self): return ["DD"] + super().who()
print(DD().who())

class WithSetattr:
    def __setattr__(self, k, v):
        print("set", k)
        super().__setattr__(k, v)
w = WithSetattr()
w.a = 1
print(w.a)
class SubStr(str):
    def upper(self):
        return "<" + super().upper() + ">"
print(SubStr("abc").upper())
class Cell:
    def method(self):
        __class__
        return __class__.__name__
print(Cell().method())
