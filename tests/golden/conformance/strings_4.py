# Unicode, encode/decode, escapes
words = ["café", "naïve", "Ωmega", "日本語", "emoji😀", "tab\there"]
for w in words:
    print(w, len(w), repr(w), ascii(w), w.upper(), w.encode("utf-8"))
print("é".encode("latin-1"), b"caf\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"))
try:
    "日本".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print("日本".encode("ascii", "replace"), "日本".encode("ascii", "ignore"), b"a\xffb".decode("utf-8", "replace"))
print("\u00e9" == "é", "\N{GREEK SMALL LETTER ALPHA}", "\x41\x42", "\101", "\u263a")
print(repr("\x00\x07\x1b\x7f"), repr("\u200b"), repr("\U0001f600"), repr("é"))
print(len("\U0001f600"), "😀".encode("utf-8"), "😀".encode("utf-16-le"))
print(sorted(["b", "A", "é", "a", "Z", "ä"]))
print("ǅ".istitle(), "Ⅷ".isnumeric(), "٣".isdigit(), int("٣"), "ﬁ".upper())
print([c for c in "héllo wörld" if ord(c) > 127])
print("straße".upper(), "İ".lower(), len("İ".lower()))
print(r"raw\nstring", len(r"\n"), "\\n", "a\
b")
print(str(b"bytes"), repr(bytes([0, 65, 255])), bytes("abc", "ascii"), bytearray(b"xy"))
print(b"abc"[0], b"abc"[0:1], list(b"hi"), b"a" + b"b", b"x" * 3)
print("%c%c" % (72, "i"), chr(8364), hex(ord("€")))
print("A\u030a" == "Å", len("A\u030a"))
print("x".join("日本語"), "日本語"[::-1], "日本語".find("語"))
