# array.array: every typecode, construction from lists/bytes/str/arrays/
# iterables, indexing, slicing (incl. extended and assignment), methods,
# comparisons, repr, iteration, copy.
import array
import copy

print(array.typecodes, array.ArrayType is array.array)
for tc in array.typecodes:
    vals = "abc" if tc == "u" else ([1.5, -2.25, 0.0] if tc in "fd" else [1, 2, 3])
    a = array.array(tc, vals)
    print(tc, a.itemsize, a.typecode, a, len(a), a[0], a[-1], a.tolist(), a.tobytes())
    b = array.array(tc, a.tobytes())
    print("  ", b == a, array.array(tc, a) == a, array.array(tc, iter(a)) == a, array.array(tc))

a = array.array("i", range(10))
print(a[2:5], a[::3], a[::-1], a[-3:], a[100:], a[5:2], a[-100:2])
a[2:5] = array.array("i", [20, 30])
print(a)
a[::2] = array.array("i", [7] * len(a[::2]))
print(a)
del a[1:3]
print(a)
del a[::3]
print(a)
a[len(a):] = array.array("i", [100, 200])
a[0:0] = a
print(a, len(a))
a[1] = -5
del a[0]
print(a, a.index(100), a.index(7, 2), a.count(7), 100 in a, 999 in a)
a.append(1)
a.extend([2, 3])
a.extend(array.array("i", [4]))
a.insert(0, 9)
a.insert(-1, 8)
a.insert(1000, 10)
a.insert(-1000, 11)
print(a, a.pop(), a.pop(0), a.pop(-2), a)
a.remove(7)
a.reverse()
print(a)
b = a + array.array("i", [1])
b += array.array("i", [2])
b *= 2
print(b, a * 0, 2 * array.array("b", [1, -1]))
a.fromlist([5, 6])
a.frombytes(array.array("i", [77]).tobytes())
print(a, a.buffer_info()[1] == len(a))
u = array.array("u", "hi")
u.fromunicode(" there")
u.append("!")
print(u, u.tounicode(), u[1], u[::-1])
h = array.array("H", [1, 258, 65535])
h.byteswap()
print(h, h.tobytes())
d = array.array("d", [1.0, 2.5])
d.byteswap()
d.byteswap()
print(d, array.array("f", [0.1, 1e300, -1e-50]))
print(array.array("Q", [2 ** 64 - 1]), array.array("q", [-2 ** 63]), array.array("L", [2 ** 63]),
      array.array("B", bytearray(b"xy")), array.array("i", [True, False]))

x, y, z = array.array("i", [1, 2, 3]), array.array("i", [1, 2, 4]), array.array("d", [1, 2, 3])
print(x < y, x <= y, x == z, x != z, y > z, x >= array.array("b", [1, 2]), x == [1, 2, 3])
print(copy.copy(x), copy.deepcopy(z), copy.copy(x) is x)
it = iter(x)
print(type(it).__name__, next(it), list(it), list(it))
print(sorted(array.array("i", [3, 1, 2])), sum(array.array("d", [0.5, 0.25])), max(x))


class MyArray(array.array):
    pass


m = MyArray("i", [1, 2])
print(m, type(m).__name__, type(m[:1]).__name__, isinstance(m, array.array))
