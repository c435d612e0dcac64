# Seed lesson: string interning of identifier-like literals and sys.intern.
import sys
s = "hello"
t = "hel" + "lo"
print(s is t, s == t)
u = "".join(["hel", "lo"])
print(u is s, u == s)
v = sys.intern(u)
print(v is s)
w = sys.intern("".join(["a runtime ", "string!"]))
x = sys.intern("a runtime string!")
print(w is x)
def f():
    return "identifier_like"
def g():
    return "identifier_like"
print(f() is g())
names = ["".join(["na", "me"]) for _ in range(3)]
print(names[0] == names[1], all(sys.intern(n) is sys.intern("name") for n in names))
single = [chr(c) for c in range(97, 100)]
print([ch is "abc"[i] for i, ch in enumerate(single)])
