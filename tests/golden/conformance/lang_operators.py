class V:
    def __init__(self, x): self.x = x
    def __repr__(self): return f"V({self.x})"
    def __add__(self, o):
        if isinstance(o, V): return V(self.x + o.x)
        if isinstance(o, int): return V(self.x + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd", o)
        if isinstance(o, int): return V(self.x + o)
        return NotImplemented
    def __mul__(self, o):
        return NotImplemented
    def __neg__(self): return V(-self.x)
    def __abs__(self): return V(abs(self.x))
    def __invert__(self): return V(~self.x)
    def __pos__(self): return self

print(V(1) + V(2), V(1) + 3, 3 + V(1), sum([V(1), V(2)], V(0)), sum([V(1), V(2)]))
print(-V(3), abs(V(-4)), ~V(0), +V(9))
class A: pass
class B: pass
for expr in ["V(1) + 'a'", "'a' + V(1)", "V(1) * 2", "A() + B()", "A() - 1", "1 / A()",
             "A() @ B()", "A() ** 2", "-A()", "~A()", "abs(A())", "A() < B()", "A() <= 1",
             "[] + ()", "'a' * 'b'", "1 + 'a'", "'a' + 1", "None + None", "A() % 3",
             "A() // 3", "A() << 1", "A() & 1", "A() | 1", "A() ^ 1", "A() >> 1",
             "divmod(A(), 1)", "pow(A(), 2)", "pow(2, A())", "pow(1, 2, A())",
             "+A()", "{} | []", "[1] < (1,)", "1 < 'a'", "None > None", "3 @ 4"]:
    try:
        eval(expr)
    except TypeError as e:
        print(f"{expr:15} -> {e}")
x = A()
for stmt in ["x += 1", "x -= B()", "x *= 1", "x /= 2", "x //= 2", "x %= 2", "x **= 2", "x @= 1",
             "x <<= 1", "x >>= 1", "x &= 1", "x |= 1", "x ^= 1"]:
    try:
        exec(stmt)
    except TypeError as e:
        print(f"{stmt:10} -> {e}")

class InPlace:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __add__(self, o):
        print("add called")
        return NotImplemented
ip = InPlace()
ip += 1
ip += 2
print(ip.items)
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
oa = OnlyAdd(1)
before = oa
oa += 5
print(oa.v, before is oa)
class INotImpl:
    def __iadd__(self, o): return NotImplemented
    def __radd__(self, o): return "radd used"
y = INotImpl()
z = 1
z += y
print(z)
try:
    y += 1
except TypeError as e:
    print(e)

class Sub(V):
    def __radd__(self, o):
        return "Sub.radd first"
print(V(1) + Sub(2))
class Vec:
    def __init__(self, *c): self.c = c
    def __matmul__(self, o): return sum(a*b for a, b in zip(self.c, o.c))
    def __rmatmul__(self, o): return "rmatmul"
    def __truediv__(self, k): return Vec(*(a/k for a in self.c))
    def __floordiv__(self, k): return Vec(*(a//k for a in self.c))
    def __mod__(self, k): return Vec(*(a%k for a in self.c))
    def __pow__(self, k, mod=None): return ("pow", k, mod)
    def __rpow__(self, k): return ("rpow", k)
    def __lshift__(self, k): return "lshift"
    def __rlshift__(self, k): return "rlshift"
    def __repr__(self): return f"Vec{self.c}"
print(Vec(1, 2) @ Vec(3, 4), 1 @ Vec(1), Vec(4, 6) / 2, Vec(7, 9) // 2, Vec(7, 9) % 4)
print(Vec(1) ** 2, pow(Vec(1), 2, 5), 2 ** Vec(1), Vec() << 1, 1 << Vec())
