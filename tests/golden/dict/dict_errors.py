# KeyError messages, unhashable keys, and missing keys of many types.
d = {"present": 1}
for key in ["missing", 42, 3.5, (1, "a"), None, "", "quote'd", frozenset(), True]:
    try:
        d[key]
    except KeyError as e:
        print("KeyError:", e, "| args:", e.args, "| repr:", repr(e))
try:
    del d["nope"]
except KeyError as e:
    print("KeyError on del:", e)
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError on pop:", e)
for key in [[1], {1: 2}, {1}]:
    try:
        d[key] = 1
    except TypeError as e:
        print("TypeError:", e)
    try:
        key in d
    except TypeError as e:
        print("TypeError (in):", e)
try:
    {[]: 1}
except TypeError as e:
    print("TypeError:", e)
class Missing(dict):
    def __missing__(self, key):
        return f"<default for {key!r}>"
m = Missing(a=1)
print(m["a"], m["b"], m.get("b"), "b" in m)
try:
    {"a": 1} < {"b": 2}
except TypeError as e:
    print("TypeError:", e)
try:
    {"a": 1} + {"b": 2}
except TypeError as e:
    print("TypeError:", e)
