# zlib: compress/decompress with levels and wbits (zlib, raw, gzip),
# checksums, constants and errors.
import zlib

text = b"The quick brown fox jumps over the lazy dog. " * 20
data = [b"", b"a", b"hello", text, bytes(range(256)) * 4, bytearray(b"bytearray data")]
for d in data:
    for level in (-1, 0, 1, 6, 9):
        c = zlib.compress(d, level)
        print(len(d), level, len(c), c[:12], zlib.decompress(c) == d)
    for wbits in (9, 15, -15, -9, 31, 25):
        c = zlib.compress(d, wbits=wbits)
        print(len(d), "wbits", wbits, len(c), zlib.decompress(c, wbits) == d,
              zlib.decompress(c, wbits=47 if wbits > 16 else (wbits if wbits < 0 else 32 + wbits)) == d)
    print(zlib.crc32(d), zlib.adler32(d), zlib.crc32(d, 99), zlib.adler32(d, 99), zlib.crc32(d, -1))
print(zlib.decompress(zlib.compress(text), bufsize=1) == text, zlib.decompress(zlib.compress(text), 15, 0) == text)
print(zlib.decompress(zlib.compress(b"abc") + b"trailing"))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION,
      zlib.Z_BEST_SPEED, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED,
      zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED, zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH,
      zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_FINISH, zlib.Z_BLOCK, zlib.Z_TREES, zlib.Z_NO_COMPRESSION)
print(type(zlib.ZLIB_VERSION), zlib.ZLIB_VERSION.count("."))
print(zlib.error.__name__, zlib.error.__module__, zlib.error.__mro__[1:])

good = zlib.compress(text)
for f, args, kw in [(zlib.decompress, (b"garbage",), {}), (zlib.decompress, (good[:-3],), {}),
                    (zlib.decompress, (b"",), {}), (zlib.decompress, (good[:10] + b"xxxx" + good[14:],), {}),
                    (zlib.compress, (b"a", 12), {}), (zlib.compress, (b"a",), {"wbits": 3}),
                    (zlib.compress, ("a",), {}), (zlib.decompress, ("a",), {}),
                    (zlib.decompress, (good,), {"bufsize": -1}), (zlib.decompress, (good, 3), {}),
                    (zlib.decompress, (good, -15), {}), (zlib.compress, (b"a",), {"level": "x"}),
                    (zlib.compress, (), {}), (zlib.compress, (b"a", 1, 15, 4), {}),
                    (zlib.compress, (b"a",), {"lvl": 1}), (zlib.crc32, ("x",), {}), (zlib.adler32, (), {}),
                    (zlib.crc32, (b"x", 1.5), {}), (zlib.compress, (b"a", 2 ** 40), {})]:
    try:
        print(f.__name__, f(*args, **kw))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
