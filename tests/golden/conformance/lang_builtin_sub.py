class DefaultDict(dict):
    def __missing__(self, key):
        print("missing", key)
        self[key] = v = len(key)
        return v
d = DefaultDict(a=1)
print(d["a"], d["hello"], d)
print(d.get("zz"), "zz" in d)

class Counter(dict):
    def __missing__(self, k): return 0
c = Counter()
for ch in "hello":
    c[ch] += 1
print(c, type(c).__name__)

class MyList(list):
    def __getitem__(self, i):
        if isinstance(i, slice):
            return MyList(super().__getitem__(i))
        return super().__getitem__(i) * 10
ml = MyList([1, 2, 3, 4])
print(ml[1], ml[1:3], type(ml[1:3]).__name__, ml[::-1])
print(list(ml), [x for x in ml], sum(ml), ml + [5], type(ml + [5]).__name__)
print(sorted(ml, reverse=True))

class Upper(str):
    def shout(self): return self.upper() + "!"
u = Upper("hi")
print(u.shout(), type(u.upper()).__name__, type(u + "x").__name__, type(u[0]).__name__, repr(u), u == "hi")
print(type(str(u)).__name__, isinstance(u, str), "%s" % u, f"{u}")

class Money(int):
    def __repr__(self): return f"${int(self)}"
    def __add__(self, o): return Money(int(self) + int(o))
m = Money(5)
print(m, repr(m), m + 3, type(m + 3).__name__, type(3 + m).__name__, type(m * 2).__name__)
print(m == 5, hash(m) == hash(5), m.bit_length(), isinstance(m, int))

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
    def __repr__(self): return f"Point{tuple(self)}"
pt = Point(1, 2)
print(pt, pt.x, len(pt), pt + (3,), type(pt + (3,)).__name__)

class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
s = Stack()
s.push(1); s.push(2)
print(s, s.peek(), s.pop(), len(s), s == [1])

class LoudDict(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
ld = LoudDict()
ld["a"] = 1
ld.update(b=2)
ld.setdefault("c", 3)
print(ld)
class FloatSub(float):
    pass
f = FloatSub(1.5)
print(f, repr(f), type(f + 1).__name__, f.is_integer())
class E(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise E(404, "not found")
except E as e:
    print(e, e.args, e.code, repr(e))
class SetSub(set):
    pass
ss = SetSub([1, 2])
print(type(ss | {3}).__name__, type(ss.copy()).__name__, sorted(ss))
class BS(bytes): pass
print(BS(b"ab"), type(BS(b"ab") + b"c").__name__)
