# String interning: identifier-like constants are interned, others are only
# shared within one code object; strings built at run time are not interned.
import sys

def same(a, b):
    return a is b

s = "hello"
t = "hel" + "lo"
print("folded identifier", s is t)
u = "".join(["hel", "lo"])
print("joined", u is s, u == s)
print("sys.intern", sys.intern(u) is s)

a = "hello world!"
b = "hello world!"
print("same code object", a is b)

def other_ident():
    return "hello_world"
hw = "hello_world"
print("identifier across code objects", other_ident() is hw)

def other_digits():
    return "abc123_XYZ"
print("identifier chars", other_digits() is "abc123_XYZ"[:])

def empty():
    return ""
print("empty", same(empty(), ""))

def single():
    return "x"
print("single char", same(single(), "x"))
print("latin-1 char", same(chr(233), "é"), same(chr(256), "\u0100"))

# Names (attributes, globals) are interned.
class K:
    some_attribute_name = 1
key = [k for k in K.__dict__ if k.startswith("some_")][0]
print("attribute name", same(key, "some_attribute_name"))

# Runtime-built strings.
p1 = "ab" * 3
p2 = "ababab"
print("repeat folded", p1 is p2)
n = 3
p3 = "ab" * n
print("repeat runtime", p3 is p2, p3 == p2)
x1 = str(12345)
x2 = str(12345)
print("str(int)", x1 is x2)
f1 = f"{s}!"
f2 = f"{s}!"
print("f-string", f1 is f2)
lo = "HELLO".lower()
print("lower", lo is s, sys.intern(lo) is s)
sl = "xhello"[1:]
print("slice", sl is s)
whole = s[:]
print("full slice", whole is s)
print("str(s)", str(s) is s)

# intern() returns the first string interned for an equal value.
dyn = "".join(["dyn", "amic_", "name"])
first = sys.intern(dyn)
print("first intern returns itself", first is dyn)
again = sys.intern("".join(["dyn", "amic_", "name"]))
print("second intern returns first", again is dyn)
try:
    sys.intern(b"bytes")
except TypeError as e:
    print("TypeError:", e)

class MyStr(str):
    pass
try:
    sys.intern(MyStr("abc"))
except TypeError as e:
    print("TypeError:", e)

# Dictionary keys from identifiers.
d = dict(alpha=1)
print("kwarg key", same(list(d)[0], "alpha"))
print("getattr name", getattr(K, "some_attribute_name"))

# Separate compilations share interned identifiers only.
ns1, ns2 = {}, {}
exec("v = 'not an identifier!'\nw = 'an_identifier'", ns1)
exec("v = 'not an identifier!'\nw = 'an_identifier'", ns2)
print("exec non-identifier", ns1["v"] is ns2["v"], ns1["v"] == ns2["v"])
print("exec identifier", ns1["w"] is ns2["w"])
c1 = compile("'x y z'", "<a>", "eval")
c2 = compile("'x y z'", "<b>", "eval")
print("compile consts", eval(c1) is eval(c2))
print("code consts interned", c1.co_consts[0] is c2.co_consts[0])
