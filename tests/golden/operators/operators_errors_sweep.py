# Binary/unary operator errors between builtin types, as CPython words them.
vals = [1, 1.5, 2j, "s", b"b", [1], (1,), {1: 2}, {1}, None, range(2)]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b), ("/", lambda a, b: a / b),
       ("//", lambda a, b: a // b), ("%", lambda a, b: a % b), ("**", lambda a, b: a ** b), ("<<", lambda a, b: a << b),
       ("&", lambda a, b: a & b), ("|", lambda a, b: a | b), ("<", lambda a, b: a < b), ("@", lambda a, b: a @ b)]
for sym, f in ops:
    for a in vals:
        for b in vals:
            try:
                r = f(a, b)
                out = type(r).__name__
            except Exception as e:
                out = f"{type(e).__name__}: {e}"
            print(f"{type(a).__name__} {sym} {type(b).__name__} -> {out}")
for name, f in [("-", lambda a: -a), ("+", lambda a: +a), ("~", lambda a: ~a), ("abs", abs), ("len", len), ("iter", iter), ("hash", hash)]:
    for a in vals:
        try:
            r = f(a)
            out = type(r).__name__
        except Exception as e:
            out = f"{type(e).__name__}: {e}"
        print(f"{name} {type(a).__name__} -> {out}")
def aug(a, b):
    a += b
    return a
for a, b in [([1], (2,)), ((1,), [2]), ("s", 1), ({1}, [1]), ({1: 2}, {3: 4}), ({1: 2}, [(3, 4)])]:
    try:
        print(type(a).__name__, "+=", type(b).__name__, "->", aug(a, b))
    except Exception as e:
        print(type(a).__name__, "+=", type(b).__name__, "->", type(e).__name__, e)
