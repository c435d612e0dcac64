# Seed lesson: reference cycles are reclaimed by the cycle collector, not by reference counting.
import gc
import weakref
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
gc.collect()
a = Node("a")
b = Node("b")
a.other = b
b.other = a
watch = weakref.ref(a)
del a, b
print(watch() is not None)
found = gc.collect()
print(found > 0, watch() is None)
print(gc.collect())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
lst = []
lst.append(lst)
w_ok = True
del lst
print(gc.collect() >= 1)
plain = Node("plain")
ref = weakref.ref(plain)
del plain
print(ref() is None)
