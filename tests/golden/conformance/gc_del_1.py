# __del__ timing with reference counting, gc module basics
import gc


class Tracked:
    def __init__(self, name):
        self.name = name
        print("create", name)

    def __del__(self):
        print("destroy", self.name)


def scope():
    t = Tracked("local")
    print("in scope")


scope()
print("after scope")
a = Tracked("a")
b = a
del a
print("a deleted, b alive")
b = None
print("b rebound")
items = [Tracked(f"item{i}") for i in range(3)]
items.pop(1)
print("popped")
items.clear()
print("cleared")
x = Tracked("cycle1")
y = Tracked("cycle2")
x.other = y
y.other = x
del x, y
print("cycle dropped")
print(gc.collect() >= 2)
print("after collect")
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
d = {"k": Tracked("in dict")}
d["k"] = Tracked("replacement")
print("replaced")
del d
print("dict gone")


def gen():
    t = Tracked("gen local")
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")


g = gen()
next(g)
del g
print("generator dropped")
t = Tracked("temporary")
t = Tracked("second")
print("end of program")
