# base64: b64 (standard, urlsafe, altchars, validate), b32, b32hex, b16,
# b85, a85, encodebytes/decodebytes, and their errors.
import base64
import binascii

data = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(0, 256, 7)),
        b"\x00\x00\x00\x00", b"    ", b"\xff\xfe\xfd"]
for d in data:
    print(d)
    for enc, dec in [(base64.b64encode, base64.b64decode), (base64.standard_b64encode, base64.standard_b64decode),
                     (base64.urlsafe_b64encode, base64.urlsafe_b64decode), (base64.b32encode, base64.b32decode),
                     (base64.b32hexencode, base64.b32hexdecode), (base64.b16encode, base64.b16decode),
                     (base64.b85encode, base64.b85decode), (base64.a85encode, base64.a85decode)]:
        e = enc(d)
        print("  ", enc.__name__, e, dec(e) == d, dec(e.decode()) == d)
    print("   a85", base64.a85encode(d, foldspaces=True), base64.a85encode(d, pad=True),
          base64.a85encode(d, adobe=True, wrapcol=4), base64.b85encode(d, pad=True))
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode(b"-_8=", altchars=b"-_"))
print(base64.b32decode("mzxw6===", casefold=True), base64.b32decode("MZXW6YQ=", map01="L"),
      base64.b16decode("666f6f", casefold=True), base64.b64decode("Zm9v\n"))
print(base64.encodebytes(b"x" * 120), base64.decodebytes(b"eHh4\neHh4\n"))
print(base64.a85decode(b"<~@:E_WAS,RgBkhF\"D/O92EH6,BF`qtRH$VbC6UX@47n?3D92&&T:Jand;cHat='/U/0JP==1c70M3&r-I,;<FN.OZ`-3]oSW/g+A(H[P1~>", adobe=True))
print(base64.a85decode(b"z y", foldspaces=True), base64.b85decode(b"VPa!sWoBn+X=-b1ZEkOHadLBXb#`}nd3r%YLqtVJM@UIZOH55pPf$@(Q&d$}S6EqEFflSSG&MFiI5{CeBQRbjDkv#CIy^osE+AW7dwl"))

bad = [(base64.b64decode, ("YWJj!",), {"validate": True}), (base64.b64decode, ("YWJj!",), {}),
       (base64.b64decode, (5,), {}), (base64.b64decode, ("\u00e9",), {}), (base64.b64decode, ("YWJ",), {}),
       (base64.b32decode, ("mfrgg===",), {}), (base64.b32decode, ("MFRGG",), {}), (base64.b32decode, ("MFRG1===",), {}),
       (base64.b32decode, ("MFRGG=== ",), {}), (base64.b32decode, ("MF======",), {}), (base64.b32decode, ("M=======",), {}),
       (base64.b32decode, ("MFR=====",), {}), (base64.b16decode, ("6x",), {}), (base64.b16decode, ("6",), {}),
       (base64.b16decode, ("6f",), {}), (base64.b85decode, (b"~~~~~",), {}), (base64.b85decode, (b"ab\x01",), {}),
       (base64.a85decode, (b"<~abc",), {}), (base64.a85decode, (b"abc",), {"adobe": True}),
       (base64.a85decode, (b"s8W-\"",), {}), (base64.a85decode, (b"abzcd",), {}), (base64.a85decode, (b"ab{",), {}),
       (base64.b64encode, ("abc",), {}), (base64.b32encode, ("abc",), {}), (base64.b16encode, (1,), {}),
       (base64.encodebytes, ("abc",), {}), (base64.b64encode, (b"a",), {"altchars": b"-"})]
for f, args, kw in bad:
    try:
        print(f.__name__, f(*args, **kw))
    except (ValueError, TypeError, AssertionError) as e:
        print(f.__name__, type(e).__name__, e, isinstance(e, binascii.Error))
