# gc.is_tracked: which objects the collector tracks, and when tuples and
# dicts stop being tracked (CPython's lazy untracking).
import gc


class E:
    __slots__ = ()


class S:
    __slots__ = ("a",)


class D:
    pass


class EI(int):
    __slots__ = ()


class ET(tuple):
    __slots__ = ()


class DD(dict):
    pass


it = gc.is_tracked
print("atoms", it(1), it(2**100), it(1.5), it("s"), it(b"b"), it(None), it(True), it(...))
print("instances", it(E()), it(S()), it(D()), it(EI(5)), it(ET((1,))), it(object()))
print("classes and functions", it(E), it(int), it(lambda: 0), it(len), it(print))
print("containers", it([]), it(set()), it(frozenset()), it(frozenset({1})), it(bytearray()))
print("empty tuple", it(()), it(tuple()), it(tuple([])))
print("dicts", it({}), it({1: 2}), it({"a": "b"}), it({1: []}), it({(): 1}), it({tuple([1, D]): 1}), it(DD()))
d = {}
print("dict new", it(d))
d["x"] = 1
print("dict atom value", it(d))
d["t"] = tuple([1, [2]])
print("dict with tuple", it(d))
d["l"] = []
print("dict with list", it(d))
del d["l"]
print("dict after del", it(d))
gc.collect(0)
print("after young collection", it(d))
gc.collect()
print("after full collection", it(d))
d["again"] = [1]
print("re-tracked", it(d))

t = tuple([1, 2, "three"])
n = tuple([1, [2]])
m = tuple([1, (2, 3)])
e = tuple([1, ET((1,))])
print("tuples made", it(t), it(n), it(m), it(e))
gc.collect()
print("tuples after collect", it(t), it(n), it(m), it(e))
nested = tuple([tuple([1, 2]), tuple(["a"])])
print("nested made", it(nested), it(nested[0]))
gc.collect(0)
print("nested after one collection", it(nested), it(nested[0]))
gc.collect(0)
print("nested after two", it(nested))


def consts():
    return (1, 2, 3)


print("constant tuple", it(consts()))
gc.collect()
print("constant tuple after collect", it(consts()))
print("comprehension results", it([x for x in range(3)]), it({x: x for x in range(3)}), it({x for x in range(3)}))
print("generator", it(x for x in ()))
