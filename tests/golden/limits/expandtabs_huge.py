# expandtabs with huge tab sizes: OverflowError/MemoryError as CPython, never a hang.
import sys
def t(label, f):
    try:
        r = f()
        print(label, "ok", len(r))
    except Exception as e:
        print(label, type(e).__name__, e)
for obj in ("a\tb", b"a\tb", bytearray(b"a\tb"), "\t\n\t", "no tabs"):
    for size in (2**62, sys.maxsize, 2**31, 2**63, -2**63, -5, 0, 3, True):
        t(f"{type(obj).__name__} {size}", lambda: obj.expandtabs(size))
        t(f"{type(obj).__name__} kw {size}", lambda: obj.expandtabs(tabsize=size))
for bad in ("x", 1.5, None):
    t(f"bad {bad!r}", lambda: "a\tb".expandtabs(bad))
    t(f"bytes bad {bad!r}", lambda: b"a\tb".expandtabs(bad))
