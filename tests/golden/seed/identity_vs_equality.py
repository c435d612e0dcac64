# Seed lesson: identity (is, id) versus equality (==).
a = [1, 2, 3]
b = a
c = [1, 2, 3]
print(a is b, a is c, a == c, id(a) == id(b), id(a) == id(c))
c.append(4)
print(a, c, a == c)
b.append(4)
print(a, a == c, a is c)
s1 = "hello world!"
s2 = "".join(["hello ", "world!"])
print(s1 == s2, s1 is s2 or "distinct objects")
t1 = (1, 2)
t2 = tuple([1, 2])
print(t1 == t2)
x = None
print(x is None, x == None, type(x) is type(None))
class Thing:
    pass
t = Thing()
u = t
print(t is u, t == u, t is Thing(), t == Thing())
big1 = 1000
big2 = int("1000")
print(big1 == big2)
