# zlib compressobj/decompressobj: incremental use, flush modes, max_length
# with unconsumed_tail, unused_data, eof, zdict, copy, and errors.
import zlib

text = b"".join(b"line %d: some words repeat, some words do not %d\n" % (i, i * i) for i in range(200))

for level, wbits, strategy in [(-1, 15, 0), (9, 15, 0), (1, -15, 0), (6, 31, 0), (6, 15, zlib.Z_FILTERED),
                               (6, 15, zlib.Z_HUFFMAN_ONLY), (6, 15, zlib.Z_RLE), (6, 15, zlib.Z_FIXED)]:
    c = zlib.compressobj(level, zlib.DEFLATED, wbits, 8, strategy)
    parts = [c.compress(text[i:i + 1000]) for i in range(0, len(text), 1000)]
    parts.append(c.flush())
    blob = b"".join(parts)
    d = zlib.decompressobj(wbits)
    out = d.decompress(blob)
    print(level, wbits, strategy, len(blob), out == text, d.eof, d.unused_data, d.unconsumed_tail)

c = zlib.compressobj(9)
print(c.compress(b"abc"), c.flush(zlib.Z_SYNC_FLUSH), c.flush(zlib.Z_FULL_FLUSH), c.flush(zlib.Z_NO_FLUSH))
print(c.compress(b"def"), c.flush(zlib.Z_PARTIAL_FLUSH), c.flush())
for call in (lambda: c.compress(b"x"), lambda: c.flush(), lambda: c.copy()):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

blob = zlib.compress(text)
d = zlib.decompressobj()
chunks = []
piece = d.decompress(blob, 100)
while piece:
    chunks.append(piece)
    piece = d.decompress(d.unconsumed_tail, 100)
print(len(chunks), b"".join(chunks) == text, d.eof, len(d.unconsumed_tail))

d = zlib.decompressobj()
first = d.decompress(blob, 50)
print(len(first), len(d.unconsumed_tail) > 0, d.eof)
rest = d.flush()
print(len(first) + len(rest) == len(text), d.eof)

d = zlib.decompressobj()
print(d.decompress(blob + b"extra bytes"), d.eof, d.unused_data)
print(d.decompress(b"more"), d.unused_data)

d = zlib.decompressobj()
out = b"".join(d.decompress(blob[i:i + 7]) for i in range(0, len(blob), 7))
print(out == text, d.eof, d.unused_data)

zd = b"some words repeat"
c = zlib.compressobj(zdict=zd)
blob2 = c.compress(text) + c.flush()
print(len(blob2) < len(blob) + 50, zlib.decompressobj(zdict=zd).decompress(blob2) == text)
try:
    zlib.decompress(blob2)
except zlib.error as e:
    print(e)
try:
    zlib.decompressobj().decompress(blob2)
except zlib.error as e:
    print(e)
c = zlib.compressobj(wbits=-15, zdict=bytearray(zd))
raw = c.compress(text) + c.flush()
print(zlib.decompressobj(-15, zdict=zd).decompress(raw) == text)

c = zlib.compressobj()
c.compress(b"shared prefix ")
c2 = c.copy()
a = c.compress(b"one") + c.flush()
b = c2.compress(b"two") + c2.flush()
print(zlib.decompress(a), zlib.decompress(b))
d = zlib.decompressobj()
half = d.decompress(blob[:len(blob) // 2])
d2 = d.copy()
print(half + d.decompress(blob[len(blob) // 2:]) == text, half + d2.decompress(blob[len(blob) // 2:]) == text)

print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__)
for f, args, kw in [(zlib.compressobj, (12,), {}), (zlib.compressobj, (), {"method": 9}),
                    (zlib.compressobj, (), {"memLevel": 0}), (zlib.compressobj, (), {"zdict": "str"}),
                    (zlib.decompressobj, (3,), {}), (zlib.decompressobj, (), {"zdict": 1}),
                    (zlib.compressobj, (), {"bogus": 1})]:
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
d = zlib.decompressobj()
for args in [(b"x", -1), ("str",), (b"x", "y")]:
    try:
        print(d.decompress(*args))
    except Exception as e:
        print(type(e).__name__, e)
for n in (0, -5):
    try:
        d.flush(n)
    except ValueError as e:
        print(e)
try:
    zlib.decompressobj().decompress(b"not zlib data at all")
except zlib.error as e:
    print(e)
try:
    type(zlib.compressobj())()
except TypeError as e:
    print(e)
