# Memory footprint lessons: sys.getsizeof of common objects, slots vs dict
import sys


class PointDict:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class PointSlots:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


print("ints:", [sys.getsizeof(n) for n in (0, 1, 2 ** 30, 2 ** 60, 10 ** 30)])
print("floats:", sys.getsizeof(0.0), sys.getsizeof(1e300))
print("strs:", [sys.getsizeof(s) for s in ("", "a", "hello", "é", "日本", "😀")])
print("containers:", sys.getsizeof([]), sys.getsizeof(()), sys.getsizeof({}), sys.getsizeof(set()))
growth = []
lst = []
for i in range(17):
    growth.append(sys.getsizeof(lst))
    lst.append(i)
print("list growth:", growth)
print("tuple vs list:", sys.getsizeof((1, 2, 3)), sys.getsizeof([1, 2, 3]))
print("range vs list:", sys.getsizeof(range(1000)), sys.getsizeof(list(range(1000))))
gen = (i for i in range(1000))
print("generator:", sys.getsizeof(gen))
pd, ps = PointDict(1, 2), PointSlots(1, 2)
print("instance with dict:", sys.getsizeof(pd), "its __dict__:", sys.getsizeof(pd.__dict__))
print("instance with slots:", sys.getsizeof(ps))
print("slots smaller:", sys.getsizeof(ps) < sys.getsizeof(pd) + sys.getsizeof(pd.__dict__))
print("bool:", sys.getsizeof(True), sys.getsizeof(False), "None:", sys.getsizeof(None))
