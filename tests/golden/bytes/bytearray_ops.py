# bytearray: mutable bytes; item/slice assignment, methods, errors.
ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[-1], ba[1:3])
ba[0] = 72
ba[1:3] = b"EY"
print(ba)
ba.append(33)
ba.extend(b"??")
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("E"))
print(ba)
del ba[0]
del ba[-2:]
print(ba, ba.reverse(), ba)
ba[::2] = b"xyz"[: len(ba[::2])]
print(ba, bytes(ba), ba == b"xlz" or ba)
ba2 = bytearray(3)
ba2 += b"ab"
ba2 *= 2
print(ba2, bytearray(b"abc").upper(), bytearray("é", "utf-8"), bytearray([1, 2, 3]))
for bad in [lambda: ba.__setitem__(0, 256), lambda: ba.__setitem__(0, "a"), lambda: ba.remove(999 % 256 + 1000),
            lambda: bytearray().pop(), lambda: ba.__setitem__(slice(0, 3, 2), b"abcdef")]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
print(bytearray(b"x") + b"y", b"y" + bytearray(b"x"), type(b"y" + bytearray(b"x")).__name__)
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print("TypeError:", e)
