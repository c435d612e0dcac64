# fnmatch: fnmatch/fnmatchcase/filter/translate on sets, ranges, stars, bytes, errors
import fnmatch
pats = ["*.py", "a*b*c", "?x", "[abc]", "[!abc]", "[a-c]x", "[z-a]", "[az-ab]", "[]]", "[!]]", "[", "a[", "[!]", "a\\b", "[\\]", "*", "**a", "[a-]", "[-a]", "[a&&b]", "[^x]", "[[x]", "x?*y*", "a.b", "[a-c-e]", "[!a-c]"]
names = ["x.py", "abc", "aXbYc", "ax", "bx", "dx", "a", "b", "z", "]", "[", "a[", "!", "a\\b", "\\", "", "ba", "-", "&", "^", "x", "[x", "xzzy", "a.b", "axb", "d", "e", "c"]
for p in pats:
    print(repr(p), fnmatch.translate(p), [n for n in names if fnmatch.fnmatchcase(n, p)])
print(fnmatch.filter(["a.py", "b.txt", "c.py"], "*.py"), fnmatch.fnmatch("A.PY", "*.py"), fnmatch.fnmatchcase(b"ab", b"a?"))
for a, b in [("x", b"x"), (b"x", "x"), (1, "x")]:
    try:
        print(fnmatch.fnmatch(a, b))
    except TypeError as e:
        print("TypeError", e)
