# bytes methods mirror str methods.
b = b"  The Quick brown fox  "
print(b.strip(), b.lstrip(), b.rstrip(), b.upper(), b.lower(), b.swapcase(), b.title())
print(b.split(), b.split(b" "), b"a,b,,c".split(b","), b"a,b,c".rsplit(b",", 1), b"x\ny\r\nz".splitlines())
print(b"-".join([b"a", b"b", b"c"]), b"".join([]), b.replace(b"o", b"0"), b.find(b"Quick"), b.rfind(b"o"))
print(b"abc".startswith(b"ab"), b"abc".endswith((b"x", b"bc")), b"abc".partition(b"b"), b"abc".center(7, b"*"))
print(b"42".zfill(5), b"ab".ljust(4, b"."), b"ab".rjust(4), b"hello".capitalize(), b"a\tb".expandtabs(4))
print(b"abc".isalpha(), b"123".isdigit(), b"ab1".isalnum(), b" ".isspace(), b"ABC".isupper(), b"abc".islower())
print(b"hello".translate(None, b"l"), b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"caf\xc3\xa9".decode())
print(b"prefix_x".removeprefix(b"prefix_"), b"x.txt".removesuffix(b".txt"), b"%b-%s" % (b"a", b"b"))
try:
    b"a,b".split(",")
except TypeError as e:
    print("TypeError:", e)
try:
    b"".join(["a"])
except TypeError as e:
    print("TypeError:", e)
