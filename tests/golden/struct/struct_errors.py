# struct: CPython's error messages for bad formats, out-of-range values,
# wrong argument counts and buffer sizes.
import struct


def attempt(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


for fmt, v in [("b", 128), ("b", -129), ("B", 256), ("B", -1), ("h", 2**15), ("H", -1), ("i", 2**31),
               ("I", -1), ("I", 2**32), ("l", 2**63), ("L", -1), ("q", 2**63), ("Q", -1), ("Q", 2**64),
               ("n", 2**63), ("N", -1), ("P", 2**64), ("P", -2**63 - 1), ("<b", 128), ("<B", 256), ("<h", 2**15),
               ("<H", -1), ("<i", 2**31), ("<I", -1), ("<I", 2**32), ("<l", 2**31), ("<L", -1), ("<L", 2**32),
               ("<q", 2**63), ("<q", -2**63 - 1), ("<Q", -1), ("<Q", 2**64), ("b", 2**70), ("<b", -2**70),
               ("b", "x"), ("b", 1.5), ("b", None), ("f", "x"), ("d", None), ("c", b"ab"), ("c", "a"),
               ("c", bytearray(b"a")), ("s", 1), ("p", "x"), ("<e", 1e10), ("<e", 65520.0), ("<f", 1e300),
               ("<n", 1), ("=P", 1), ("z", 1), ("3", 1), ("i i", 1), ("2 i", 1), ("x", 1), ("<N", 1)]:
    attempt(f"pack({fmt!r}, {v!r})", struct.pack, fmt, v)

for fmt, args in [("ii", ()), ("ii", (1,)), ("ii", (1, 2, 3)), ("", (1,)), ("3s", ()), ("0s", (1, 2))]:
    attempt(f"pack({fmt!r}, *{args})", struct.pack, fmt, *args)
attempt("pack()", struct.pack)
attempt("calcsize(5)", struct.calcsize, 5)
attempt("calcsize huge", struct.calcsize, "9999999999999999999999i")
attempt("calcsize huge 2", struct.calcsize, "4611686018427387904q")
attempt("Struct(5)", struct.Struct, 5)
attempt("Struct()", struct.Struct)
attempt("unpack short", struct.unpack, "i", b"abc")
attempt("unpack long", struct.unpack, "i", b"abcde")
attempt("unpack str", struct.unpack, "i", "abcd")
attempt("unpack args", struct.unpack, "i")
attempt("unpack_from short", struct.unpack_from, "i", b"abc", 1)
attempt("unpack_from neg far", struct.unpack_from, "i", b"abcdefg", -10)
attempt("unpack_from past", struct.unpack_from, "i", b"abcdefg", 10)
attempt("unpack_from neg near", struct.unpack_from, "i", b"abcdefg", -2)
attempt("unpack_from offset type", struct.unpack_from, "i", b"abcd", offset="x")
attempt("unpack_from bad kw", struct.unpack_from, "i", b"abcd", where=1)
b = bytearray(6)
for off in [4, -1, -10, 10, 2]:
    attempt(f"pack_into off {off}", struct.pack_into, "<i", b, off, 1)
print(b)
attempt("pack_into bytes", struct.pack_into, "i", b"abcdef", 0, 1)
attempt("pack_into count", struct.pack_into, "i", b, 0)
attempt("pack_into no offset", struct.pack_into, "i", b)
attempt("pack_into no buffer", struct.pack_into, "i")
attempt("iter_unpack size", struct.iter_unpack, "i", b"abcde")
attempt("iter_unpack empty", struct.iter_unpack, "", b"abcde")
attempt("iter_unpack str", struct.iter_unpack, "b", "ab")
s = struct.Struct("<hh")
attempt("Struct.pack count", s.pack, 1)
attempt("Struct.unpack size", s.unpack, b"123")
attempt("partial pack_into", s.pack_into, b, 0, 1, 99999)
print(b)
try:
    struct.pack("B", 300)
except struct.error as e:
    print("caught", type(e), e.args)
