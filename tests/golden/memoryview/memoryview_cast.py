# memoryview.cast: formats, shapes, multi-dimensional tolist, item access
# for non-byte formats, writes through casts, errors.
import struct


def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


data = bytearray(struct.pack("<8h", 1, -2, 3, -4, 500, -600, 7, 32767))
m = memoryview(data)
h = m.cast("h")
print(h.format, h.itemsize, h.nbytes, len(h), h.shape, h.strides, h.tolist())
print(h[1], h[-1], h[2:5].tolist(), h[::3].tolist(), h[::-1].tolist()[:3])
h[0] = -1
h[1:3] = memoryview(struct.pack("<2h", 10, 20)).cast("h")
print(h.tolist(), data[:6])
attempt("h too big", lambda: h.__setitem__(0, 40000))
attempt("h float", lambda: h.__setitem__(0, 1.5))
for fmt in "BbcHiIlLqQfd?":
    try:
        c = m.cast(fmt)
        print(fmt, c.itemsize, len(c), c.tolist()[:3])
    except Exception as e:
        print(fmt, type(e).__name__, e)
attempt("bad format", lambda: m.cast("z"))
attempt("bad size", lambda: memoryview(b"abc").cast("h"))
attempt("shape", lambda: m.cast("B", shape=[2, 8]).tolist())
grid = m.cast("B", shape=[4, 4])
print(grid.ndim, grid.shape, grid.strides, len(grid), grid.nbytes)
print(grid[1, 2], grid[3, -1])
attempt("grid slice", lambda: grid[1])
attempt("grid index count", lambda: grid[1, 2, 3])
attempt("shape mismatch", lambda: m.cast("B", shape=[3, 3]))
attempt("cast non-B to non-B", lambda: h.cast("i"))
attempt("cast back", lambda: h.cast("B").tolist()[:4])
i3 = m.cast("i", shape=[2, 2])
print(i3.tolist(), i3.shape, i3.format)
d = memoryview(struct.pack("<3d", 1.5, -2.25, 1e300)).cast("d")
print(d.tolist(), d[1], d.readonly)
f = memoryview(bytearray(8)).cast("f")
f[0] = 1.5
f[1] = 3
print(f.tolist())
attempt("f overflow", lambda: f.__setitem__(0, 1e300))
c = memoryview(bytearray(b"abc")).cast("c")
print(c[0], c.tolist())
c[1] = b"Z"
print(c.tobytes())
attempt("c bad", lambda: c.__setitem__(0, b"xy"))
q = memoryview(bytearray(16)).cast("Q")
q[0] = 2**64 - 1
print(q.tolist())
attempt("Q neg", lambda: q.__setitem__(1, -1))
bb = memoryview(bytearray(2)).cast("?")
bb[0] = True
print(bb.tolist())
print(h == [x for x in h], h.cast("B") == m, memoryview(b"ab").cast("c") == memoryview(b"ab"))
attempt("zero dims", lambda: memoryview(b"abcd").cast("i", shape=[]).tolist())
print(memoryview(b"\x01\x00\x00\x00").cast("i", shape=[])[()])
print(memoryview(b"abcd").hex(), memoryview(b"abcd").cast("h").hex())
print(memoryview(b"ab").cast("@B").format, memoryview(bytes(4)).cast("@i").format)
attempt("format with order", lambda: memoryview(b"ab").cast("<h"))
attempt("cast arg type", lambda: memoryview(b"ab").cast(1))
attempt("shape type", lambda: memoryview(b"ab").cast("B", shape=5))
attempt("bytes of cast", lambda: bytes(memoryview(b"abcd").cast("h")))
