# marshal: the bytes of data values (as CPython's marshal version 4 and
# older writes them) and the values read back.
import marshal

print(marshal.version)


def show(label, value, versions=(4,)):
    for v in versions:
        data = marshal.dumps(value, v)
        back = marshal.loads(data)
        print(label, v, data, back == value, type(back).__name__)


# Singletons and small ints (cached objects are shared, so FLAG_REF is set).
for value in [None, True, False, ..., StopIteration]:
    show(repr(value), value, (0, 2, 4))
for value in [0, 1, -1, 255, 256, -5]:
    show("int", value, (2, 4))

# ints across the 32-bit boundary and big ints (15-bit digits).
big = [2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**45, -(2**45), 2**62 + 12345, 10**30, -(10**40) + 7, 2**100 - 1]
for value in big:
    print("int", value, marshal.dumps([value])[5:], marshal.loads(marshal.dumps(value)) == value)
print(marshal.loads(marshal.dumps(3**500)) == 3**500, len(marshal.dumps(3**500)))

# floats and complex: binary from version 2, text before.
for value in [1.5, -0.0, 1e300, 2.5e-310, float("inf"), -float("inf"), 0.1]:
    print("float", value, [marshal.dumps([value], v)[5:] for v in (0, 1, 2)])
print(marshal.loads(marshal.dumps(float("nan"))))
for value in [1j, -2.5 + 0.5j, complex(0, -0.0)]:
    print("complex", value, [marshal.dumps([value], v)[5:] for v in (1, 2)])

# str: short/long ASCII forms from version 4, UTF-8 otherwise.
for value in ["", "spam", "x" * 255, "y" * 256, "caf\xe9", "\u20ac uro", "\U0001f600", "mixed \u20ac and ascii"]:
    data = marshal.dumps([value])
    print("str", repr(value[:12]), len(value), data[5:5 + 8], marshal.loads(data) == [value])
for v in (0, 1, 2, 3, 4):
    print("str version", v, marshal.dumps(["hello world"], v)[5:])
surrogate = "a\ud800b"
print(marshal.dumps([surrogate])[5:], marshal.loads(marshal.dumps(surrogate)) == surrogate)

# bytes and bytes-like objects.
for value in [b"", b"abc", bytes(range(8)), bytearray(b"xyz")]:
    data = marshal.dumps([value])
    print("bytes", value, data[5:], marshal.loads(data))

# Containers.
show("tuple", (1, "a", None))
show("empty tuple", ())
show("long tuple", tuple(range(300)))
show("list", [1, [2, [3]], "x"])
show("dict", {"a": 1, "b": [2, 3], 4: (5,)})
show("set", {3, 1, 2})
show("frozenset", frozenset({"b", "a", "c"}))
nested = {"k": [frozenset({1}), (b"x", 2.5)]}
print("nested", marshal.loads(marshal.dumps(nested)) == nested)
for v in (2, 3, 4):
    print("containers", v, marshal.dumps([(1, 2), [3], {4: 5}], v))

# Set elements are written sorted by their own serialisation.
print(marshal.dumps([frozenset({256, 1, 2**40, "a", -1})])[5:])
print(marshal.dumps([{"pear", "apple", "fig"}])[5:])
print(sorted(marshal.loads(marshal.dumps({"pear", "apple", "fig"}))))

# Repeated objects become back-references (version 3+).
shared = ["shared"]
data = marshal.dumps([shared, shared, shared])
print(data)
back = marshal.loads(data)
print(back, back[0] is back[1] is back[2])
print(marshal.dumps([shared, shared], 2))
s = "a string used twice"
print(marshal.dumps((s, s)))
t = marshal.loads(marshal.dumps((s, s)))
print(t[0] is t[1])

# Self-referencing lists and dicts survive the round trip.
loop = [1]
loop.append(loop)
back = marshal.loads(marshal.dumps(loop))
print(back[1] is back, back[0])
d = {}
d["me"] = d
back = marshal.loads(marshal.dumps(d))
print(back["me"] is back)

# Trailing data is ignored by loads.
print(marshal.loads(marshal.dumps(7) + b"garbage"))
