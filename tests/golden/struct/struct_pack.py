# struct: pack/unpack for every format code in every byte order, sizes and
# alignment, strings, half floats, Struct objects, iter_unpack, and the
# buffer functions.
import struct

codes = "bBhHiIlLqQnNP"
for order in "@=<>!":
    for c in codes:
        fmt = order + c
        try:
            size = struct.calcsize(fmt)
        except struct.error as e:
            print(fmt, "error:", e)
            continue
        packed = struct.pack(fmt, 5)
        print(fmt, size, packed, struct.unpack(fmt, packed))

for fmt in ["<e", ">e", "<f", ">f", "<d", ">d", "@e", "@f", "@d"]:
    for v in [0.0, -0.0, 1.5, -2.25, 65504.0, 6.1e-05, 5.96e-08, 1e-10, 3.14159, float("inf"), float("-inf")]:
        b = struct.pack(fmt, v)
        print(fmt, v, b.hex(), struct.unpack(fmt, b))
print(struct.pack("<e", float("nan")).hex(), struct.pack("<d", 7), struct.unpack("<e", b"\x00\x7e")[0])
print(struct.unpack("<e", b"\x01\x00"), struct.unpack("<e", b"\xff\x03"), struct.pack("<e", 0.1).hex(), struct.pack("<e", 2049.0).hex(), struct.pack("<e", 2051.0).hex())

for fmt in ["bi", "ib", "bq0q", "c?h", "=bq", "<bq", "hhb", "5s", "5p", "3x", "2h3b", "0s", "i 3s h", "@", "", "xq", "?e"]:
    print(repr(fmt), struct.calcsize(fmt))

print(struct.pack("3s", b"abcdef"), struct.pack("6s", b"ab"), struct.pack("0s", b"zz"), struct.pack("3s", bytearray(b"xy")))
print(struct.pack("5p", b"abcdef"), struct.pack("2p", b"abc"), struct.pack("1p", b"abc"), struct.pack("0p", b"a"))
print(struct.unpack("5p", b"\x09abcd"), struct.unpack("5p", b"\x02abcd"), struct.unpack("3s", b"a\x00b"))
print(struct.pack("?", 0), struct.pack("?", "x"), struct.pack("??", [], [0]), struct.unpack("??", b"\x00\x07"))
print(struct.pack("c", b"z"), struct.unpack("cc", b"ab"), struct.pack("<hxxi", 1, 2), struct.pack("@bi", 1, 2))
print(struct.pack(">iIhH", -1, 4294967295, -32768, 65535), struct.pack("<qQ", -2**63, 2**64 - 1))
print(struct.unpack(">iIhH", b"\xff" * 12), struct.unpack("<qQ", b"\x80" * 16))
print(struct.pack("P", 2**64 - 1), struct.pack("P", -1), struct.pack("i", True), struct.pack("B", False))


class Idx:
    def __index__(self):
        return 42


print(struct.pack("<i", Idx()), struct.pack("<d", Idx() .__index__()), struct.pack(b"<h", 3))

s = struct.Struct("<2hf")
print(s.format, s.size, s.pack(1, 2, 0.5), s.unpack(b"\x01\x00\x02\x00\x00\x00\x00\x3f"))
print(struct.Struct(b">I").format, struct.Struct(format="<h").size, type(s).__name__)
buf = bytearray(12)
s.pack_into(buf, 2, 7, 8, 1.0)
print(buf, s.unpack_from(buf, 2), s.unpack_from(buf, offset=2), s.unpack_from(buffer=buf, offset=-10))
struct.pack_into("<h", buf, -2, 513)
print(buf, struct.unpack_from("<h", buf, -2), struct.unpack_from("<h", memoryview(buf)))
it = struct.iter_unpack("<hb", b"\x01\x00\x02\x03\x00\x04")
print(type(it).__name__, it.__length_hint__(), list(it), it.__length_hint__())
print(list(s.iter_unpack(bytes(16))), list(struct.iter_unpack("<b", b"")))
print(struct.unpack("<I", memoryview(b"\x01\x02\x03\x04")), struct.unpack("<H", bytearray(b"\xff\x00")))
print(struct.error.__module__, struct.error.__name__, issubclass(struct.error, Exception))
print(struct.Struct.__module__, struct.Struct.__name__, sorted(n for n in dir(s) if not n.startswith("_")))
struct._clearcache()
print(sorted(struct.__all__))
