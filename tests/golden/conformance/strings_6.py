# str method edge cases
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2), "a b  c".split(" "), " a b ".split(None, 1))
print("  x  y  ".rsplit(None, 1), "abc".split("b", 0), "aXbXc".split("X", -1), "".split(" "))
print("one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\u2028eight".splitlines())
print("trailing\n\n".splitlines(), "\n".splitlines(), "".splitlines(), "a\r\n".splitlines(keepends=True))
print("they're bill's friends".title(), "hello WORLD 123abc".title(), "ßa".title(), "o'neil".capitalize())
print("abc".center(6), "abc".center(7, "-"), "ab".center(5, "*"), repr("x".center(4)))
print("-5".zfill(4), "+5".zfill(4), "abc".zfill(5), "".zfill(3), "5".zfill(-1))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "abcabc".rfind("abc", 0, 5), "abc".find(""), "abc".rfind(""))
print("xxhixx".strip("x"), "abcba".strip("ab"), "  ".strip(), "\t\n x \r".strip(), "www.example.com".lstrip("cmowz."))
print("{name}-{n}".format_map({"name": "k", "n": 3}), "%s" % "only", "%s %s" % ("a", "b"), "%%")
print("12".isdecimal(), "²".isdecimal(), "²".isdigit(), "Ⅻ".isnumeric(), "".isdigit(), "a b".isalpha())
print("Hello".startswith("ell", 1), "Hello".endswith(("x", "lo")), "abc".startswith(""), "".endswith(""))
print("a\tb\tc".expandtabs(2), "12345\t6".expandtabs(4), "x\ty".expandtabs(0))
print("AbC".swapcase(), "ǅ".swapcase(), "İstanbul".casefold(), "ﬃ".lower(), "ﬃ".upper())
print("abc" "def", "con" + "cat" * 2, "-".join("xyz"), ",".join([]), "x".join(["only"]))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".startswith(["a"])
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % ("one",)
except TypeError as e:
    print("TypeError:", e)
try:
    "%s" % ("a", "b")
except TypeError as e:
    print("TypeError:", e)
try:
    "{0}{}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    "{".format()
except ValueError as e:
    print("ValueError:", e)
try:
    "abc".replace("a")
except TypeError as e:
    print("TypeError:", e)
print("ab".replace("", "|"), "aaa".replace("a", "b", 2), "abc".replace("b", ""), "x".replace("x", "yy", 0))
print("%5.1f|%-8s|%+d|%03x|%c|%5s|%.2s" % (3.14159, "hi", 5, 10, 65, "abcdefg", "xyz"))
print("%*d|%-*d|%.*f" % (5, 42, 4, 7, 2, 3.14159), "%(a)s%(a)s" % {"a": "r"}, "%#x %#o" % (255, 8))
print("%i %u %e %E %g %G" % (3, 4, 1234.5, 0.00012, 1e-10, 1e20), "%r" % [1, "a"], "%a" % "é")
