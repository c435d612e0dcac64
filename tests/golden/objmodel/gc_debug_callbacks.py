# gc.callbacks (phases, info dict), gc.set_debug output on stderr
# (DEBUG_COLLECTABLE, DEBUG_UNCOLLECTABLE, DEBUG_SAVEALL; the DEBUG_STATS
# lines carry timings, so only their presence is checked), gc.garbage,
# get_referrers/get_referents, freeze, and id() reuse after a free.
import gc
import io
import re
import sys

gc.collect()
gc.disable()


# Slotted: instances of dict-backed classes differ (Coil does not keep
# attributes inline as CPython 3.11, so it reports their dicts too).
class Node:
    __slots__ = ("name", "other", "__weakref__")

    def __init__(self, name):
        self.name = name
        self.other = None

    def __repr__(self):
        return f"Node({self.name})"


def cycle(name):
    a, b = Node(name + "1"), Node(name + "2")
    a.other, b.other = b, a


# gc.callbacks: start/stop with generation, collected, uncollectable.
events = []


def cb(phase, info):
    events.append((phase, sorted(info.items())))


gc.callbacks.append(cb)
cycle("x")
print("collected", gc.collect())
for e in events:
    print(e)
events.clear()
gc.collect(0)
print("gen0:", events)
gc.callbacks.remove(cb)
events.clear()
gc.collect()
print("after remove:", events)


# A failing callback is reported and the collection still happens.
def bad(phase, info):
    raise ValueError("callback failed " + phase)


saved = sys.stderr
sys.stderr = io.StringIO()
gc.callbacks.append(bad)
cycle("y")
n = gc.collect()
gc.callbacks.remove(bad)
text = sys.stderr.getvalue()
sys.stderr = saved
print("with bad callback", n, "ValueError" in text, text.count("callback failed"))

# DEBUG_SAVEALL: unreachable objects go to gc.garbage instead of being freed.
gc.set_debug(gc.DEBUG_SAVEALL)
cycle("s")
print("saveall collected", gc.collect())
print("garbage", sorted(repr(o) for o in gc.garbage if isinstance(o, Node)))
print("garbage types", sorted(type(o).__name__ for o in gc.garbage))
gc.set_debug(0)
del gc.garbage[:]
print("garbage cleared", gc.garbage)

# DEBUG_COLLECTABLE prints one line per collectable object on stderr.
saved = sys.stderr
sys.stderr = io.StringIO()
gc.set_debug(gc.DEBUG_COLLECTABLE)
l = []
l.append(l)
del l
gc.collect()
gc.set_debug(0)
out = sys.stderr.getvalue()
sys.stderr = saved
print([re.sub("0x[0-9a-f]+", "ADDR", line) for line in out.splitlines()])

# DEBUG_STATS: the collection's report.
saved = sys.stderr
sys.stderr = io.StringIO()
gc.set_debug(gc.DEBUG_STATS)
gc.collect()
gc.set_debug(0)
out = sys.stderr.getvalue()
sys.stderr = saved
lines = out.splitlines()
print(lines[0])
print(lines[1].split(":")[0])
print(any(l.startswith("gc: done") for l in lines))
print(gc.get_debug(), gc.DEBUG_LEAK == gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL)

# get_referents / get_referrers
x = [1, "two", (3,)]
print(sorted(map(repr, gc.get_referents(x))))
print(gc.get_referents(1, "s"))
holder = {"k": x}
print(any(r is holder for r in gc.get_referrers(x)))
n1 = Node("r")
print(sorted(map(repr, gc.get_referents(n1)), key=str)[:2])
print([type(o).__name__ for o in gc.get_referrers(n1) if o is not globals()])

# freeze moves everything to the permanent generation.
gc.freeze()
print("frozen", gc.get_freeze_count() > 0, gc.get_count()[0] <= 1)
gc.unfreeze()
print("unfrozen", gc.get_freeze_count())

a = Node("a")
b = Node("b")
print("live objects distinct ids", id(a) != id(b))
gc.enable()
