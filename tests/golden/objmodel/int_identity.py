# The small-int cache (-5..256) and `is` on ints from many sources.
import sys

def same(a, b):
    return a is b

# Constants in one code object are shared (even large ones).
a = 257
b = 257
print("257 consts", a is b)
c = 1000000
d = 1000000
print("1e6 consts", c is d)
x = 2 ** 100
y = 2 ** 100
print("folded 2**100", x is y)

# Values from arithmetic.
for v in [-6, -5, 0, 1, 100, 255, 256, 257, 1000]:
    r = v + 0 if v < 0 else (v - 1) + 1
    print(v, "arith", same(r, v), "int()", same(int(str(v)), v), "parsed", same(int(f"{v}"), v))
n = 200
print("200+56", same(n + 56, 256), "200+57", same(n + 57, 257))
print("neg", same(-n // 40, -5), same(-n // 33, -7))
print("mul", same(16 * 16, 256), same(n * 2, 400))
print("shift", same(1 << 8, 256), same(1 << 9, 512))
print("pow", same(2 ** 8, 256))
print("divmod", same(divmod(1000, 10)[1], 0), same(divmod(1000, 3)[0], 333))
print("abs", same(abs(-5), 5), same(abs(-300), 300))

# From builtins.
print("len", same(len("abc"), 3), same(len([0] * 300), 300), same(len([0] * 256), 256))
print("range", [same(i, j) for i, j in zip(range(254, 260), [254, 255, 256, 257, 258, 259])])
r = list(range(250, 262))
print("range list", [same(r[i], 250 + i) for i in range(len(r))])
print("sum", same(sum([100, 100, 56]), 256), same(sum([100, 100, 57]), 257))
print("max", same(max(3, 4), 4))
print("ord", same(ord("A"), 65), same(ord("\u0100"), 256), same(ord("\u0101"), 257))
print("hash", same(hash(5), 5))
print("round", same(round(2.6), 3), same(round(300.4), 300))
print("int(float)", same(int(3.0), 3), same(int(300.0), 300))
print("int(bool)", same(int(True), 1))
print("bool is int", True == 1, same(True, 1))
print("index", same([10, 20, 30].index(30), 2))
print("count", same("aaaa".count("a"), 4))
print("find", same("hello".find("o"), 4))
print("bytes item", same(b"\xff"[0], 255), same(b"\x05"[0], 5))
print("enumerate", [same(i, k) for i, k in enumerate([0, 1, 2])])
print("str slice", same(int("0256"[1:]), 256))
print("from_bytes", same(int.from_bytes(b"\x01\x00", "big"), 256), same(int.from_bytes(b"\x01\x01", "big"), 257))

# Large values are distinct objects each time they are computed.
big = 10 ** 20
print("big computed", same(10 ** 20, big) if False else same(int("1" + "0" * 20), big))
print("equal", int("1" + "0" * 20) == big)

# Negative cache edge.
m5 = -5
m6 = -6
print("-5", same(int("-5"), m5), "-6", same(int("-6"), m6))
print("ids", id(int("7")) == id(7), id(int("700")) == id(700))
