# Augmented assignment on names, attributes, subscripts and slices; in-place vs rebinding.
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3; x %= 7; x <<= 2; x >>= 1; x |= 1; x &= 7; x ^= 2
print(x)
f = 7.0
f /= 2
f -= 0.5
print(f)
s = "ab"
s += "cd"
s *= 2
print(s)
class Obj:
    def __init__(self):
        self.count = 0
        self.items = []
o = Obj()
o.count += 5
o.count *= 3
o.items += [1, 2]
print(o.count, o.items)
d = {"n": 1, "l": [1]}
d["n"] += 10
d["l"] += [2]
d.setdefault("new", 0)
d["new"] -= 1
print(d)
lst = [1, 2, 3]
alias = lst
lst += [4]
print(lst is alias, alias)
t = (1, 2)
t_alias = t
t += (3,)
print(t is t_alias, t, t_alias)
m = [[0, 0], [0, 0]]
m[1][0] += 7
print(m)
sl = [1, 2, 3, 4]
sl[1:3] += ["x"]
print(sl)
class Logged:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, other):
        print("__iadd__", other)
        self.v += other
        return self
    def __add__(self, other):
        print("__add__", other)
        return Logged(self.v + other)
a = Logged(1)
a += 2
b = Logged(1)
b = b + 2
print(a.v, b.v)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(tup)
try:
    undefined_name += 1
except NameError as e:
    print("NameError:", e)
