# sys.getrefcount in many situations (the call itself adds one reference).
import sys

rc = sys.getrefcount

# Locals, globals and the temporary reference of the call.
g = []
print("global", rc(g))
def local_only():
    x = []
    return rc(x)
print("local", local_only())
def two_locals():
    x = []
    y = x
    return rc(x)
print("two locals", two_locals())
print("temporary", rc([]))
print("temporary object()", rc(object()))

# Container members.
item = []
lst = [item, item, item]
print("list x3", rc(item))
tup = (item,)
print("+tuple", rc(item))
d = {"a": item, "b": item}
print("+dict values", rc(item))
s = {1, 2}
key = "some key that is long"
d2 = {key: 1}
print("+set/dict key", rc(key) >= 2)
del lst, tup, d
print("after del", rc(item))
lst = [item] * 5
print("list * 5", rc(item))
lst.clear()
print("after clear", rc(item))
nested = [[item]]
print("nested", rc(item))
del nested
print("nested gone", rc(item))

# Function arguments.
def arg(o):
    return rc(o)
print("argument", arg(item))
def arg2(o, p):
    return rc(o)
print("same object twice", arg2(item, item))
def star(*args):
    return rc(args[0])
print("*args", star(item))
def kw(**kwargs):
    return rc(kwargs["k"])
print("**kwargs", kw(k=item))
def arg_kw(o=None):
    return rc(o)
print("keyword argument", arg_kw(o=item))

# Closures' cells.
def outer():
    captured = []
    def inner():
        return captured
    return rc(captured), inner
n, f = outer()
print("cell", n)
print("cell via inner", rc(f()))
cell_value = f()
print("cell value held", rc(cell_value))
del f
print("closure dropped", rc(cell_value))

# Bound methods.
class C:
    attr = []
    def method(self):
        return self
c = C()
print("instance", rc(c))
m = c.method
print("bound method holds self", rc(c))
del m
print("bound method dropped", rc(c))
m1 = c.method
m2 = c.method
print("two bound methods", rc(c), m1 is m2, m1 == m2)
del m1, m2
print("back", rc(c))
print("class attribute", rc(C.attr))
C.other = C.attr
print("class attribute x2", rc(C.attr))
del C.other
print("class attribute back", rc(C.attr))
c.x = item
print("instance attribute", rc(item))
del c.x
print("instance attribute deleted", rc(item))

# Default arguments.
default = []
def with_default(a=default):
    return a
print("default argument", rc(default))
def with_default2(a=default, b=default):
    return a
print("two defaults", rc(default))
del with_default, with_default2
print("defaults dropped", rc(default))

# Exceptions.
err = ValueError("boom")
print("exception", rc(err))
try:
    raise err
except ValueError as e:
    print("as e", rc(err), e is err)
print("after except", rc(err))
try:
    raise err
except ValueError:
    print("handled, no name", rc(err))
print("after second except", rc(err))
def raiser():
    raise KeyError("k")
try:
    raiser()
except KeyError as e:
    print("raised in function", rc(e))
    saved = e
print("saved exception", rc(saved))
del saved

# Generators.
def gen(o):
    yield o
    yield o
thing = []
g1 = gen(thing)
print("generator created", rc(thing))
next(g1)
print("generator suspended", rc(thing))
g1.close()
print("generator closed", rc(thing))
g2 = gen(thing)
print("generator not started", rc(thing))
del g2
print("generator dropped", rc(thing))
print("generator itself", rc(g1))
ge = (x for x in [thing])
print("genexpr", rc(thing))
del ge
print("genexpr dropped", rc(thing))

# Iterators.
seq = [thing]
it = iter(seq)
print("iterator holds list", rc(seq))
del it
print("iterator dropped", rc(seq))

# Classes and instances.
class D:
    pass
print("class", rc(D) > 2)
inst = D()
print("fresh instance", rc(inst))
inst.me = inst
print("self reference", rc(inst))
del inst.me
print("self reference dropped", rc(inst))

# Modules.
import math
print("module is referenced", rc(math) >= 3)

# After del.
obj = object()
alias = obj
alias2 = obj
print("three names", rc(obj))
del alias
print("two names", rc(obj))
del alias2
print("one name", rc(obj))

# Loop variables and comprehensions.
items = [object()]
for element in items:
    pass
print("loop variable", rc(element))
del element
print("loop variable gone", rc(items[0]))
print("comprehension", [rc(o) for o in items])

# Strings and numbers built at run time (not shared with constants).
built = "".join(["ab", "cd", "ef", "gh"])
print("built string", rc(built))
big = int("123456789012345")
print("built int", rc(big))
fl = float("1.25")
print("built float", rc(fl))
