# gc.collect() counts for a self-cycle through each container kind the
# collector must traverse: the standard library's containers, partials,
# properties, generators, frames reached from tracebacks, cells, classes,
# iterators and views; and objects kept alive from outside.
# (deque and coroutine cycles are left out: Coil's counts differ, see
# docs/ROBUSTNESS.md "Leak checks".)
import collections
import functools
import gc
import sys

gc.collect()
gc.disable()


def report(label):
    print(f"{label:28}", gc.collect())


class Box:
    pass


# OrderedDict, defaultdict, Counter, ChainMap
od = collections.OrderedDict()
od["me"] = od
del od
report("OrderedDict")
dd = collections.defaultdict(list)
dd["me"] = dd
del dd
report("defaultdict value")
dd = collections.defaultdict()
dd.default_factory = lambda: dd
del dd
report("defaultdict factory")
cnt = collections.Counter()
cnt[1] = cnt
del cnt
report("Counter")
cm_map = {}
cm = collections.ChainMap(cm_map)
cm_map["cm"] = cm
del cm, cm_map
report("ChainMap")

# functools.partial: in args, keywords, and through the function.
p = functools.partial(print)
b = Box()
b.p = functools.partial(print, b)
del b, p
report("partial args")
b = Box()
b.p = functools.partial(print, key=b)
del b
report("partial keywords")

# property
class WithProp:
    pass


pr = property(lambda self: 1)
holder = Box()
holder.prop = pr
pr.__doc__  # noqa: B018
del pr, holder
report("property (no cycle)")
b = Box()
b.prop = property(lambda self, b=b: b)
del b
report("property via default")


# A generator suspended with a reference to itself in its frame.
def selfish():
    me = yield
    yield me


g = selfish()
next(g)
g.send(g)
del g
report("generator (frame)")


# A frame reached from a traceback, holding the exception.
def fail():
    try:
        raise ValueError("x")
    except ValueError as e:
        return e


exc = fail()
exc.me = exc
del exc
report("exception + traceback")


def catch_self():
    try:
        raise KeyError("k")
    except KeyError as e:
        keep = e  # the frame's local refers to the exception: a cycle
    return None


catch_self()
report("frame <-> exception")


# Cells.
def make():
    def inner():
        return inner
    return inner


f = make()
del f
report("cell")

# Classes: a class refers to itself through its MRO and __dict__.
class K:
    pass


del K
report("class")


class Meta(type):
    pass


class KM(metaclass=Meta):
    pass


del KM
report("class with metaclass")

# Module-like namespace: a function's __globals__.
ns = {}
exec("def f(): pass", ns)
del ns
report("function globals")

# Lists of tuples, nested.
l = [(1, [2, (3,)])]
l[0][1].append(l)
del l
report("nested list/tuple")

# Sets and frozensets hold no cycle of themselves; via instances.
b = Box()
b.s = {b}
del b
report("set with instance")
b = Box()
b.fs = frozenset([b])
del b
report("frozenset with instance")

# Object kept alive from outside is not collected.
l = []
l.append(l)
keep = l
del l
report("reachable from global")
del keep
report("then released")

# slice and memoryview-free containers
b = Box()
b.sl = slice(b, None)
del b
report("slice")

# dict views and iterators keep their container.
d = {}
d["it"] = iter(d)
del d
report("dict iterator")
lst = []
lst.append(iter(lst))
del lst
report("list iterator")
b = Box()
b.keys = {1: b}.keys()
del b
report("dict keys view")

# types.SimpleNamespace, super, staticmethod, classmethod
import types

ns = types.SimpleNamespace()
ns.me = ns
del ns
report("SimpleNamespace")
b = Box()
b.sm = staticmethod(b)
del b
report("staticmethod")
b = Box()
b.cm = classmethod(b)
del b
report("classmethod")

gc.enable()
print("garbage", gc.garbage)
