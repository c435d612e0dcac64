# marshal: CPython's exceptions for unmarshallable values, bad arguments and
# corrupt, truncated or hostile data.
import marshal


def attempt(label, fn, *args):
    try:
        result = fn(*args)
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(result)[:60])


class Sub(int):
    pass


# Values marshal cannot write.
for value in [object(), print, len, int, Sub(3), [1, object()], {1: lambda: 0}, range(3), slice(1)]:
    attempt("dumps " + type(value).__name__, marshal.dumps, value)

# Nesting limits.
deep = []
for _ in range(3000):
    deep = [deep]
attempt("dumps deep list", marshal.dumps, deep)
ok = []
for _ in range(1990):
    ok = [ok]
attempt("dumps 1990 levels", lambda: len(marshal.dumps(ok)))
attempt("loads deep list", marshal.loads, b"[\x01\x00\x00\x00" * 2100 + b"N")
attempt("loads 1990 levels", lambda: marshal.loads(b"[\x01\x00\x00\x00" * 1990 + b"N") is not None)

# Arguments.
attempt("dumps()", marshal.dumps)
attempt("dumps(1, 2, 3)", marshal.dumps, 1, 2, 3)
attempt("dumps(version='x')", marshal.dumps, 1, "x")
attempt("dumps(version=2**40)", marshal.dumps, 1, 2**40)
attempt("dumps kw", lambda: marshal.dumps(1, version=2))
attempt("loads()", marshal.loads)
attempt("loads(str)", marshal.loads, "N")
attempt("loads(int)", marshal.loads, 5)
attempt("loads(bytearray)", marshal.loads, bytearray(b"i\x05\x00\x00\x00"))
attempt("dump(1)", marshal.dump, 1)
attempt("dump to None", marshal.dump, 1, None)
attempt("load(None)", marshal.load, None)

# Corrupt and truncated data.
samples = [
    b"", b"i", b"i\x01\x00", b"?", b"0", b"R", b"\x80", b"\xff",
    b"(\x01\x00\x00\x00", b")\x01", b"(\xff\xff\xff\xff", b"(\x02\x00\x00\x00N0",
    b"[\xff\xff\xff\xff", b"[\xff\xff\xff\x7f", b"[\x01\x00\x00\x000",
    b"<\xff\xff\xff\xff", b">\xff\xff\xff\xff", b"<\x01\x00\x00\x000",
    b"<\x01\x00\x00\x00[\x00\x00\x00\x00", b"<\x02\x00\x00\x00i\x01\x00\x00\x00i\x01\x00\x00\x00",
    b"{", b"{N", b"{NN", b"{0", b"{N0", b"{[\x00\x00\x00\x00N0",
    b"r\x00\x00\x00\x00", b"\xe9\x01\x00\x00\x00r\x00\x00\x00\x00", b"\xe9\x01\x00\x00\x00r\x01\x00\x00\x00",
    b"\xdb\x01\x00\x00\x00r\xff\xff\xff\xff",
    b">\x01\x00\x00\x00r\x00\x00\x00\x00", b"\xbe\x01\x00\x00\x00r\x00\x00\x00\x00",
    b"l\x00\x00\x00\x80", b"l\x02\x00\x00\x00\x01\x00\xff\xff", b"l\x01\x00\x00\x00\x00\x00",
    b"l\x01\x00\x00\x00\x00\x80", b"l\xff\xff\xff\xff\x01\x00", b"l\x00\x00\x00\x00", b"l\x05\x00\x00\x00\x01\x00",
    b"s\xff\xff\xff\xff", b"s\x05\x00\x00\x00ab", b"s\xff\xff\xff\x7f",
    b"u\xff\xff\xff\xff", b"u\x02\x00\x00\x00\xff\xfe", b"u\x03\x00\x00\x00\xed\xa0\x80",
    b"a\xff\xff\xff\xff", b"a\x05\x00\x00\x00ab", b"z\x05ab", b"z", b"Z\x03abc", b"z\x02\xe9\xff",
    b"t\xff\xff\xff\xff", b"A\xff\xff\xff\xff", b"t\x02\x00\x00\x00hi",
    b"g\x00\x00", b"y\x00", b"f", b"f\x03abc", b"f\x031.5", b"x\x05ab", b"x\x01z\x011", b"x\x031.5\x031.5",
    b"I\x01\x00\x00\x00\x00\x00\x00\x00", b"I\xff\xff\xff\xff\xff\xff\xff\xff", b"I\x01\x00",
    b"c", b"c\x00\x00\x00\x00", b"c" + b"\x00" * 20 + b"N",
]
for data in samples:
    attempt(repr(data)[:40], marshal.loads, data)
