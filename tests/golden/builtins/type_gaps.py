# Builtin type attributes found missing by scripts/builtins_sweep.py:
# float.__getformat__ and enumerate.__class_getitem__.
for a in ["double", "float", "x", 1, None]:
    try:
        print(float.__getformat__(a))
    except Exception as e:
        print(type(e).__name__, e)
print(enumerate[int], enumerate[str, int].__origin__ is enumerate, enumerate[int].__args__)
print(list(enumerate[int]("ab")))
