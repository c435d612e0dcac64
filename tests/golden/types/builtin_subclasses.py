# Subclassing built-in types (int, tuple, str, dict, float, Exception) with instance attributes; __del__; long instance chains.
class Node:
    def __init__(self, v): self.v = v; self.next = None
total = 0
for i in range(20000):
    n = Node(i)
    n.next = Node(i + 1)
    n.next.next = n   # cycle
    total += n.v
print(total)

print(True)
class MyInt(int):
    pass
m = MyInt(7); m.tag = "x"
print(m, m.tag, m + 1, type(m + 1))
class MyTuple(tuple):
    pass
t = MyTuple((1, 2, 3)); t.name = "tt"
print(t, t.name, len(t), t[1])
for i in range(1000):
    t2 = MyTuple(range(i % 7)); t2.a = i
print(t2, t2.a)
class MyStr(str):
    pass
s = MyStr("hello"); s.x = 1
print(s, s.x, s.upper(), type(s).__name__, len(s))
class MyExc(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
e = MyExc("boom", 3)
print(e, e.code, e.args, repr(e))
class MyDict(dict):
    pass
md = MyDict(a=1); md.extra = 2
print(md, md.extra)
class Fl(float): pass
print(Fl(1.5) * 2, Fl(2.5).is_integer())
class WithDel:
    count = 0
    def __del__(self):
        WithDel.count += 1
for i in range(100):
    w = WithDel()
del w
print(WithDel.count)
class Cyc:
    def __init__(self): self.me = self
    def __del__(self): print("cyc del")
c = Cyc(); del c

print("end")
class S2:
    __slots__ = ('a', 'b')
for i in range(5000):
    s2 = S2(); s2.a = [i]; s2.b = s2

print(s2.a)
class Node:
    def __init__(self, nxt): self.nxt = nxt
head = None
for i in range(300000):
    head = Node(head)
del head
print("ok")
class S:
    __slots__ = ('nxt',)
h = None
for i in range(300000):
    s = S(); s.nxt = h; h = s
del h, s
print("ok2")
