# Deeply nested containers: repr, str and == hit the recursion limit in C code
def nest_list(depth):
    x = []
    for _ in range(depth):
        x = [x]
    return x


def nest_dict(depth):
    d = {}
    for _ in range(depth):
        d = {"child": d}
    return d


for depth in (10, 500, 3000):
    a, b = nest_list(depth), nest_list(depth)
    try:
        text = repr(a)
        print(depth, "repr length", len(text), text[:12])
    except RecursionError as e:
        print(depth, "repr RecursionError:", e)
    try:
        print(depth, "equal:", a == b)
    except RecursionError as e:
        print(depth, "== RecursionError:", e)
    try:
        print(depth, "str dict length", len(str(nest_dict(depth))))
    except RecursionError as e:
        print(depth, "str RecursionError:", e)
print("still running")
