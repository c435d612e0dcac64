# any / all / sum / abs / round / divmod / pow / bin / chr / ord / len on many types
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]), any(x > 3 for x in [1, 5]), all(x for x in [1, 0]))
print(sum([]), sum([1, 2, 3]), sum([1.5, 2.5]), sum([[1], [2]], []), sum(range(5), 10), sum([1, 2], start=5))
print(sum([True, True, False]), sum((x for x in range(5)), 0.5), sum([1, 2.5, 3j]))
try:
    sum("abc")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([[1]], start=[0]) and print(sum([b"a"], b""))
except TypeError as e:
    print("TypeError:", e)
print(len([1, 2]), len("héllo"), len({1: 2}), len(range(3, 10)), len(b"ab"), len(set("aab")), len(()))
print(abs(-0.0), abs(True), abs(-10 ** 20), round(5.678, 1), round(-0.5), round(1.5), round(2.5, 0))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), pow(5, 3), pow(5, 3, 7), pow(2.0, 3), pow(-2, 3))
print(bin(5), oct(64), hex(4095), chr(65), ord("a"), chr(0x1F600) == "😀", format(255, "08b"))
print(list(map(ord, "AZaz09")), "".join(map(chr, range(97, 103))))
print(str(1), repr(1.0), ascii("ü"), bool(""), bool("0"), bool(0.0), bool([None]), int(bool("x")))
print(tuple("abc"), list((1, 2)), set([1, 1, 2]), frozenset("aa"), dict(a=1, b=2), dict([("x", 1)]))
print(dict({"a": 1}, b=2), dict.fromkeys("ab", 0), list({"k": 1, "j": 2}), tuple({1: 2}))
try:
    round(1.5, "x")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
try:
    divmod("a", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    abs(None)
except TypeError as e:
    print("TypeError:", e)
print(hash(1) == hash(1.0) == hash(True), hash("") == hash(""), hash((1, 2)) == hash((1, 2)))
print(min([[3], [1, 2]]), max("abc", key=ord), sorted([(2, "b"), (1, "z"), (2, "a")]))
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), exec("y = 5") or "exec returns None")
print(repr(None), repr(True), repr(...), repr(NotImplemented), Ellipsis)
