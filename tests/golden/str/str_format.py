# str.format: positional, keyword, indexing, attributes, conversions, nesting.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"), "{1}{0}".format("x", "y"))
print("{name} is {age}".format(name="Ann", age=30), "{0[1]} {1[k]}".format([5, 6], {"k": "v"}))
class P:
    x = 3
    y = [7, 8]
print("{0.x} {0.y[1]} {p.x}".format(P, p=P))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>8}|".format("x"))
print("{{}} {{{0}}}".format(5), "{:{}}|".format("a", 4), "{:{fill}{align}{width}}".format("b", fill="*", align="^", width=7))
print("{:>10}|{:<10}|{:^10}|{:=+10}|".format("r", "l", "c", 5))
print("{0:.3f} {0:.0e} {0:,.1f} {0:%}".format(1234.5678))
print("{}".format(None), "{:}".format(12), "{0}".format(*[9]), "{a}{b}".format(**{"a": 1, "b": 2}))
for fmt, args, kwargs in [("{}{}", (1,), {}), ("{0}{}", (1, 2), {}), ("{x}", (), {}), ("{0[5]}", ([1],), {}),
                          ("{0.nope}", (1,), {}), ("{", (), {}), ("}", (), {}), ("{!x}", (1,), {}),
                          ("{:d}", ("s",), {}), ("{0[}", (1,), {})]:
    try:
        print(fmt.format(*args, **kwargs))
    except (IndexError, KeyError, AttributeError, ValueError, TypeError) as e:
        print(repr(fmt), type(e).__name__ + ":", e)
print("{0:{1}.{2}f}".format(3.14159, 10, 2), "{:_^{}}".format("mid", 9))
print("{:,}".format(10**12), "{:08.3f}".format(-3.14159), "{:#b}".format(10))
print(format("abc", "^7"), format(3.5), format([1, 2]), "{}".format([1, "a"]))
print("Total: {total:>{w}.2f}".format_map({"total": 9.5, "w": 8}))
