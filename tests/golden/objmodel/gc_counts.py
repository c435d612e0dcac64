# gc.collect() counts for cycles of many kinds, PEP 442 finalizers,
# resurrection, callbacks, DEBUG_SAVEALL, statistics and freezing.
import gc
import sys
import weakref

gc.collect()
gc.disable()


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


def report(label):
    print(label, gc.collect())


# Two instances pointing at each other (3.11: no separate dict objects).
a, b = Node("a"), Node("b")
a.other, b.other = b, a
del a, b
report("two instances")

# A ring of five.
nodes = [Node(i) for i in range(5)]
for i in range(5):
    nodes[i].other = nodes[(i + 1) % 5]
del nodes
report("ring of five")

# Self-referencing containers.
l = []
l.append(l)
del l
report("list")
d = {}
d["self"] = d
del d
report("dict")
l1, l2 = [], []
l1.append(l2)
l2.append(l1)
del l1, l2
report("two lists")
t = ([],)
t[0].append(t)
del t
report("tuple+list")
s = Node("s")
s.members = {1, 2}
s.me = s
del s
report("instance with a set attribute")


# Functions and closures.
def make_cycle():
    def f():
        return f
    return f
f = make_cycle()
del f
report("recursive closure")

def g():
    pass
g.me = g
del g
report("function attribute")


# Generators and frames.
def gen():
    yield 1
x = Node("gen holder")
x.g = gen()
x.me = x
del x
report("instance holding a generator")

def frame_cycle():
    me = sys._getframe()
    return None
frame_cycle()
report("frame cycle")


# Bound methods.
class M:
    def method(self):
        pass
m = M()
m.bound = m.method
del m
report("bound method")


# Classes.
class Temp:
    pass
del Temp
report("class")


# __del__ on cyclic garbage (PEP 442): runs once, objects freed.
log = []
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append(self.name)
d1, d2 = D("d1"), D("d2")
d1.other, d2.other = d2, d1
del d1, d2
report("cycle with __del__")
print(sorted(log))

# Resurrection: __del__ stores self; the object survives, __del__ not rerun.
saved = []
class R:
    def __del__(self):
        saved.append(self)
        log.append("R.__del__")
r = R()
r.me = r
del r
log.clear()
report("resurrected")
print(log, len(saved), gc.is_finalized(saved[0]))
saved[0].me = None
saved.clear()
report("after dropping the resurrected object")
print(log)

# __del__ that breaks its own cycle.
class B:
    def __del__(self):
        self.partner = None
b1, b2 = B(), Node("partner")
b1.partner = b2
b2.other = b1
del b1, b2
report("finalizer breaks the cycle")


# gc.callbacks
events = []
def callback(phase, info):
    events.append((phase, sorted(info.items())))
gc.callbacks.append(callback)
c = []
c.append(c)
del c
print("collect", gc.collect(1))
print(events)
gc.callbacks.remove(callback)

# DEBUG_SAVEALL keeps the garbage in gc.garbage.
gc.set_debug(gc.DEBUG_SAVEALL)
print("debug", gc.get_debug() == gc.DEBUG_SAVEALL)
sv = [1]
sv.append(sv)
del sv
report("saveall")
print(len(gc.garbage), gc.garbage[0][0])
gc.set_debug(0)
gc.garbage.clear()
report("after clearing garbage")

# Statistics move with collections.
before = gc.get_stats()
cy = []
cy.append(cy)
del cy
gc.collect()
after = gc.get_stats()
print(len(after), sorted(after[2]))
print("collections +", after[2]["collections"] - before[2]["collections"],
      "collected +", after[2]["collected"] - before[2]["collected"])

# freeze/unfreeze.
gc.freeze()
print("frozen", gc.get_freeze_count() > 0)
gc.unfreeze()
print("unfrozen", gc.get_freeze_count())

# Weakref callbacks of collected objects run before __del__.
order = []
class W:
    def __del__(self):
        order.append("__del__")
w = W()
w.me = w
wr = weakref.ref(w, lambda r: order.append("callback"))
del w
report("weakref + __del__")
print(order)

gc.enable()
print(gc.isenabled(), gc.get_threshold())
