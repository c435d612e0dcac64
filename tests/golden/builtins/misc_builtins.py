# vars, dir, globals membership, eval/exec, repr/ascii/str, callable, list/tuple/dict constructors.
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("[a for a in range(3)]"))
ns = {}
exec("y = 5\ndef f():\n    return y * 2", ns)
print(ns["y"], ns["f"](), sorted(k for k in ns if not k.startswith("__")))
print("print" in dir(__builtins__), "__name__" in globals(), type(globals()).__name__)
print(repr("x"), ascii("ü"), str(3.0), repr([1, "2"]), str((1,)), repr({"a": None}))
print(list(), tuple(), dict(), set(), frozenset(), str(), int(), float(), complex(), bool(), bytes(), bytearray())
print(list((1, 2)), tuple([1, 2]), dict(a=1), set([1, 1]), list({"k": 1}), list({"k": 1}.items()))
print(callable(len), callable(lambda: 0), callable("s"), callable(type), callable(object()))
o = object()
print(type(o).__name__, o == o, o != object(), str(o).startswith("<object object at "))
print(slice(1, 2), range(3), type(...).__name__, type(NotImplemented).__name__)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.offset)
print(compile("3 + 4", "<expr>", "eval").co_filename, eval(compile("3 + 4", "<expr>", "eval")))
print(max(range(5), key=lambda v: -v), any(map(str.isdigit, "ab3")), all(x > 0 for x in [1, 2]))
print(bool.__name__, len.__name__, print.__name__, abs.__doc__.splitlines()[0])
