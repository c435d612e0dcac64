print("%s and %r" % ("str", "repr"), "%d%%" % 50, "%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%(name)s is %(age)d years, %(name)r" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f|%*.*f" % (6, 1, 6, 2, 2, 3.14159, 8, 3, 2.71828))
print("%x %X %#x %#X %o %#o %e %E %g %G %c %c" % (255, 255, 255, 255, 8, 8, 12345.678, 0.00012, 1e-5, 1e20, 65, "z"))
print("%.3s|%10.2s|%-10s|" % ("abcdef", "xyz", "left"))
print("%i %u %5.1f%% %a" % (3, 4, 99.5, "é"))
print("%s" % (1,), "%s" % [1, 2], "%s" % ((1, 2),), "%r" % {1: 2})
for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%(a)s", (1,)), ("%z", 1), ("%d", None),
                  ("%c", 1234567), ("%c", "ab"), ("%(a)s %s", {"a": 1}), ("%", ()), ("%.f", "x"), ("%x", 1.5),
                  ("%*d", ("a", 1)), ("%(missing)s", {})]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(fmt, "->", type(e).__name__, e)
print(b"%s %d %x %r" % (b"bytes", 5, 255, "s"), b"%c" % 65, b"%b" % b"x")
print("{0}{1}{0}".format("a", "b"), "{name}-{0}".format(1, name="n"), "{:>{w}}".format("r", w=5))
print("{0[1]} {1[k]} {2.real}".format([1, 2], {"k": "v"}, 3j), "{!r:^10}".format("x"), "{:*^+9.2f}".format(3.14159))
print("{:,}".format(10**9), "{:_b}".format(255), "{:#_x}".format(2**32), "{:08.3f}".format(-3.5), "{:=+8}".format(5))
print("{:e}".format(0), "{:.0e}".format(12345), "{:g}".format(0.00001234), "{:g}".format(1234567), "{:.10g}".format(1/3))
print("{:%}".format(0.25), "{:.1%}".format(1/3), "{:n}".format(1e6), "{:c}".format(9731), "{:s}".format("s"))
print("{:}".format(1.0), "{}".format(1e100), "{:.2}".format(1.0), "{:.3}".format(1234.5), "{:10}".format(1.5), "{:<10}|".format(True))
for fmt, args, kw in [("{", (), {}), ("}", (), {}), ("{0}{}", (1, 2), {}), ("{}{0}", (1, 2), {}), ("{1}", (1,), {}),
                      ("{x}", (), {}), ("{0.nope}", (1,), {}), ("{0[5]}", ([1],), {}), ("{:d}", ("s",), {}),
                      ("{!x}", (1,), {}), ("{:=}", ("s",), {}), ("{:+}", ("s",), {}), ("{:,d}", (1.5,), {}),
                      ("{0:{1}}", (1, "{"), {}), ("{:>1000000000000000000000}", (1,), {})]:
    try:
        print(repr(fmt.format(*args, **kw)))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(fmt, "->", type(e).__name__, e)
print("{0!s:>5}{0!r:>5}{0!a:>5}".format("ü"))
print(format(3.0), format(1e16), format(1.0, "n"), format(-1.5, "+"), format(2.5, "05"), format(float("nan"), "+08.2f"))
print("%.2f" % 2.675, "%.0f" % 0.5, "%.0f" % 1.5, "%g" % 100000, "%g" % 1000000, "%#g" % 1.0, "%#.3x" % 5)
print("%-6s|%6s|" % ("ab", "cd"), "%3c|" % "x", "%.2r" % "abc", "%05s" % "x", "%+s" % "x")
