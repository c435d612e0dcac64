# Instances of subclasses of var-sized built-ins (bytes, str, tuple, int)
# keep their __dict__ after the items; the pointer must be aligned whatever
# the length (UBSan found misaligned loads for odd-length bytes and str).
import gc


class B(bytes):
    pass


class S(str):
    pass


class T(tuple):
    pass


class I(int):
    pass


objs = []
for n in range(0, 19):
    for cls, make in ((B, lambda n: b"x" * n), (S, lambda n: "y" * n), (T, lambda n: tuple(range(n)))):
        o = cls(make(n))
        o.tag = n
        o.__dict__["other"] = [n, cls.__name__]
        objs.append(o)
    wide = S("\u20ac" * n)
    wide.tag = ("wide", n)
    objs.append(wide)
    astral = S("\U0001f600" * n)
    astral.tag = ("astral", n)
    objs.append(astral)
big = I(10**40)
big.tag = "big"
objs.append(big)

total = 0
for o in objs:
    total += len(o.__dict__)
    assert o.tag is o.__dict__["tag"]
print(total, len(objs))
print([o.tag for o in objs[:10]])
print(objs[7], objs[8], objs[-1].tag, objs[-1] + 1)
for o in objs[::9]:
    print(type(o).__name__, len(o) if not isinstance(o, int) else o.bit_length(), sorted(vars(o)))
del objs[3].tag
print(hasattr(objs[3], "tag"), objs[3].__dict__)
objs[4].__dict__ = {"replaced": True}
print(objs[4].replaced, vars(objs[4]))
cyc = T((1, 2, 3))
cyc.me = cyc
del cyc
print(gc.collect() >= 1)
del objs
print("done")
