# __call__, __bool__/__len__ truthiness, __index__, __int__/__float__, __format__
class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x, *rest):
        return [x * self.k] + [r * self.k for r in rest]


m = Multiplier(3)
print(m(2), m(1, 2, 3), callable(m), callable(Multiplier), callable(3))
print(list(map(Multiplier(2), [1, 2])))


class Empty:
    def __len__(self):
        return 0


class Weird:
    def __bool__(self):
        return False

    def __len__(self):
        return 10


print(bool(Empty()), bool(Weird()), len(Weird()), "yes" if Empty() else "no")


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)


class BadLen:
    def __len__(self):
        return -1


try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


lst = list(range(10))
print(lst[Idx(3)], lst[Idx(1):Idx(4)], hex(Idx(255)), bin(Idx(5)), range(Idx(3)))
print("ab" * Idx(3))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __int__(self):
        return self.cents // 100

    def __float__(self):
        return self.cents / 100

    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "usd":
            return f"${self.cents / 100:,.2f}"
        return format(self.cents / 100, spec)

    def __str__(self):
        return f"{self.cents}c"


mo = Money(1234567)
print(int(mo), float(mo), f"{mo}", f"{mo:usd}", f"{mo:>12.1f}", format(mo, "e"))
try:
    lst[Money(1)]
except TypeError as e:
    print("TypeError:", e)
try:
    format(object(), "d")
except TypeError as e:
    print("TypeError:", e)
