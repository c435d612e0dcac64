# Built-in (static) type objects are not allocated by the collector: they have
# no GC header, unlike classes made at run time. Found by AddressSanitizer:
# the collector and gc.is_tracked read 16 bytes before a static type.
import gc

for t in (int, str, list, dict, type, object, BaseException, ValueError, range):
    print(t.__name__, gc.is_tracked(t), gc.get_referents(t))


class A:
    pass


print("A", gc.is_tracked(A), len(gc.get_referents(A)) > 0)

# A dict holding only static types (and atoms) stays untracked, as CPython's.
d = {}
d["x"] = int
d["y"] = 1
print(gc.is_tracked(d))
d["z"] = A
print(gc.is_tracked(d))

# The collector walks containers full of static types (and their subclasses).
keep = [int, str, [list, dict], {"k": type}, (object, A)]
cycle = [keep]
cycle.append(cycle)
del cycle
print(gc.collect() >= 1)
print(keep[2][0] is list, keep[4][1] is A)
print(gc.is_finalized(int), gc.is_finalized(A))
print(sorted(t.__name__ for t in gc.get_referrers(keep[3]) if isinstance(t, type)))
