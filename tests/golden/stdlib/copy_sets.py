# copy of sets, frozensets and bytearrays (their __reduce_ex__ path).
import copy
s = {1, 2, 3}
print(sorted(copy.copy(s)), copy.copy(s) is not s)
print(sorted(copy.deepcopy(s)))
fs = frozenset({1, 2})
print(sorted(copy.copy(fs)), sorted(copy.deepcopy(fs)))
print(sorted(copy.deepcopy([{1}, frozenset({2})])[0]))
ba = bytearray(b'abc')
print(copy.copy(ba), copy.deepcopy(ba))
class MySet(set):
    pass
ms = copy.deepcopy(MySet([1, 2]))
print(type(ms).__name__, sorted(ms))
