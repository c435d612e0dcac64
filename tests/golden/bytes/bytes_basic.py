# bytes construction, indexing, slicing, concatenation, comparison, hashing.
print(bytes(), bytes(3), bytes([0, 65, 255]), bytes(range(65, 70)), bytes("é", "utf-8"), bytes(b"copy"))
b = b"Hello, bytes!"
print(b[0], b[-1], b[:5], b[::-1], b[::3], len(b), b[100:], list(b[:3]))
print(b + b"!", b * 2, b"ab" in b"xaby", 72 in b, b"" in b, b.count(b"l"), b.index(b"b"))
print(b"abc" == b"abc", b"abc" < b"abd", b"ab" < b"abc", hash(b"x") == hash(b"x"), b"a" != "a")
for bad in [lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes("x"), lambda: b"a" + "b",
            lambda: b[20], lambda: bytes(-1), lambda: bytes([1.5])]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
print(bytes.fromhex("48 65 6c"), b"\x01\xab".hex(), b"abc".hex("-"), bytes.fromhex(""))
print(sorted(b"dcba"), max(b"abc"), sum(b"\x01\x02"), [x for x in b"hi"])
print(str(b"x"), repr(b"\x00'"), bytes(memoryview(b"mv")), type(b[0]).__name__, type(b[:1]).__name__)
