# gc module tour: tracking, thresholds, cycles, referents
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.links = []


print(gc.isenabled(), gc.get_threshold(), len(gc.get_count()))
print("tracked int:", gc.is_tracked(42), "str:", gc.is_tracked("text"))
print("tracked list:", gc.is_tracked([]), "tuple of ints:", gc.is_tracked((1, 2)))
print("tracked empty dict:", gc.is_tracked({}), "dict of ints:", gc.is_tracked({"a": 1}))
print("tracked dict with list:", gc.is_tracked({"a": []}), "instance:", gc.is_tracked(Node("n")))
gc.collect()
a, b = Node("a"), Node("b")
a.links.append(b)
b.links.append(a)
del a, b
found = gc.collect()
print("collected something:", found > 0)
print("second collect:", gc.collect())
print(gc.garbage, gc.get_debug())
print(sorted(gc.get_referents({"key": 5, "other": [1]}), key=str))
print(gc.get_referents([1, "x", None]))
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
