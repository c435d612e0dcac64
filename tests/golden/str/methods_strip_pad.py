# strip family, padding, zfill, expandtabs, center/ljust/rjust, translate.
s = "  \t padded \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcba".strip("ab"), "www.example.com".lstrip("cmowz."), "hi!!".rstrip("!"))
print(repr("".strip()), repr("   ".strip()), "aaa".strip("a") == "")
print("hi".center(6), "|" + "hi".center(7, "*") + "|", "hi".ljust(5, ".") + "|", "hi".rjust(5, "-"))
print("hello".center(3), "abc".center(4, "x"), "abc".center(5, "x"), "abc".center(6, "x"))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "12345".zfill(3), "".zfill(2))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("\t".expandtabs(0)), repr("ab\n\tc".expandtabs(3)))
table = str.maketrans("abc", "xyz", "d")
print("aabbccdd".translate(table), "hello".translate({ord("l"): "L", ord("o"): None}))
print(str.maketrans({"a": "1"}), "abc".translate(str.maketrans("", "", "b")))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print("ValueError:", e)
