# binascii: hex with separators, base64 (lenient and strict), CRCs, errors.
import binascii

data = [b"", b"a", b"ab", b"abc", b"abcd", b"\x00\xff\x10\x80", bytes(range(256)), bytearray(b"xyz")]
for d in data:
    h = binascii.hexlify(d)
    print(h[:40], binascii.b2a_hex(d)[:40], binascii.unhexlify(h) == d, binascii.a2b_hex(h.decode()) == d)
    e = binascii.b2a_base64(d)
    print(e[:60], binascii.b2a_base64(d, newline=False)[:60], binascii.a2b_base64(e) == d)
    print(binascii.crc32(d), binascii.crc32(d, 12345), binascii.crc_hqx(d, 0), binascii.crc_hqx(d, 0xffff))

for sep, per in [("-", 1), (b":", 2), (" ", -2), ("_", 3), ("|", -3), (".", 0), ("\u00e9", 1), ("-", 10)]:
    print(sep, per, binascii.hexlify(b"\x01\x02\x03\x04\x05", sep, per),
          binascii.b2a_hex(b"abcdefg", sep=sep, bytes_per_sep=per))
print(binascii.hexlify(b"ab", "-"), binascii.hexlify(b"", "-"), binascii.unhexlify("ABcd"))
print(binascii.crc32(b"hello", -1), binascii.crc32(b"hello", 2 ** 40 + 7), binascii.crc_hqx(b"x", -1))

samples = [b"YWJj", b"YWJjZA==", b"YWJjZA=", b"YWJjZA", b"YW Jj\nZA==", b"YWJj!", b"=YWJj", b"YW=Jj",
           b"YQ==YQ==", b"YQ===", b"Y", b"YWJjZ", b"", b"====", b"YQ", "YWJj", b"YWJjZA==\n"]
for s in samples:
    for strict in (False, True):
        try:
            print(s, strict, binascii.a2b_base64(s, strict_mode=strict))
        except binascii.Error as e:
            print(s, strict, "Error", e)

for f, args in [(binascii.hexlify, (1,)), (binascii.hexlify, ("ab",)), (binascii.hexlify, (b"a", "--")),
                (binascii.hexlify, (b"a", 1)), (binascii.unhexlify, ("abc",)), (binascii.unhexlify, ("zz",)),
                (binascii.unhexlify, ("\u00e9\u00e9",)), (binascii.unhexlify, (5,)), (binascii.a2b_base64, (5,)),
                (binascii.b2a_base64, ("x",)), (binascii.crc32, ("x",)), (binascii.crc_hqx, (b"x",)),
                (binascii.crc32, (b"x", 1.5)), (binascii.a2b_base64, ("\u00e9",))]:
    try:
        print(f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception),
      binascii.Error.__module__, binascii.Error.__name__, binascii.Incomplete.__name__)
try:
    binascii.unhexlify(b"0")
except ValueError as e:
    print("caught as ValueError:", type(e).__name__, e)
