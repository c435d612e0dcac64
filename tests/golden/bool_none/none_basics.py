# None: singleton, repr, falsiness, comparisons and common errors.
x = None
print(x, repr(x), str(x), type(x).__name__, x is None, x == None, x is not None)
print(bool(None), not None, None or "default", None and 1)
def f():
    pass
def g():
    return
print(f(), g(), f() is g())
print([None, None], {None: None}, (None,))
print(type(None)() is None, print() is None)
for op in ["n + 1", "n < 1", "len(n)", "n[0]", "n()", "iter(n)"]:
    try:
        eval(op, {"n": None})
    except TypeError as e:
        print(op, "->", e)
try:
    None.foo
except AttributeError as e:
    print("AttributeError:", e)
try:
    None.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(None.__class__.__name__, hash(None) == hash(None))
print(NotImplemented, Ellipsis, ..., ... is Ellipsis, bool(...))
