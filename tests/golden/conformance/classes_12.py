# Multiple inheritance, MRO, cooperative super
class A:
    def __init__(self):
        print("A.__init__")
        super().__init__()

    def who(self):
        return ["A"]


class B(A):
    def __init__(self):
        print("B.__init__")
        super().__init__()

    def who(self):
        return ["B"] + super().who()


class C(A):
    def __init__(self):
        print("C.__init__")
        super().__init__()

    def who(self):
        return ["C"] + super().who()


class D(B, C):
    def __init__(self):
        print("D.__init__")
        super().__init__()

    def who(self):
        return ["D"] + super().who()


d = D()
print(d.who())
print([k.__name__ for k in D.mro()])
print(super(B, d).who())
print(super(C, d).who())


class Mixin:
    def describe(self):
        return f"{type(self).__name__}:{self.name}"


class Named:
    def __init__(self, name):
        self.name = name


class Thing(Mixin, Named):
    pass


print(Thing("lamp").describe())
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)


class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class Z(P, Q): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print("TypeError:", e)
print(D.__mro__[1:3])
