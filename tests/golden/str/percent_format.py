# printf-style % formatting.
print("%s %r %a" % ("str", "str", "é"))
print("%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o|%c|%c" % (42, 42, 42, 42, 42, 42, 255, 255, 255, 8, 8, 65, "z"))
print("%f|%.2f|%10.3f|%-10.1f|%e|%.3E|%g|%G|%%" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 0.000123, 1e-10, 1e20))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("%s" % (1, ), "%s" % [1, 2], "%s %s" % (None, True), "%s" % "single")
print("%5s|%-5s|%.2s|%5.1s|" % ("ab", "ab", "abc", "xyz"))
print("%d %i %u" % (3.9, -3.9, 7), "%x" % 2**70, "%d" % True, "%s" % (2**100,))
print("%r" % ("it's",), "%5.1f%%" % 99.44, "no args" % ())
for fmt, args in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%(k)s", 5), ("%c", 1.5),
                  ("%c", "ab"), ("%x", 1.5), ("%(a)s", {})]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(fmt, type(e).__name__ + ":", e)
print(b"%s %d %x" % (b"bytes", 5, 255))
