# Miscellaneous str behaviour: str() of objects, iteration, encode/decode, ord errors.
print(str(), str(1), str(1.5), str([1, "a"]), str(b"x"), str(b"x", "ascii"), str(None))
for ch in "héllo":
    print(ch, ord(ch), end="; ")
print()
print(list("abc"), tuple("ab"), set("aab") == {"a", "b"}, dict.fromkeys("ab"))
print("héllo".encode(), "héllo".encode("latin-1"), "héllo".encode("ascii", "replace"), "héllo".encode("ascii", "ignore"))
print(b"h\xc3\xa9llo".decode(), b"h\xe9llo".decode("latin-1"), b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("ascii", "ignore"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
for bad in ["", "ab"]:
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError:", e)
print("abc".__len__(), "abc".__contains__("b"), "abc".__getitem__(1), "a".__add__("b"))
print("%s" % "x" * 3, "-" * 20, "=" * 0 + "end")
s = "x"
for i in range(5):
    s += str(i)
print(s, s.upper().lower() == s, s is not None)
print("one two three".title().swapcase(), "a-b_c d".title(), "ABC".lower().islower())
