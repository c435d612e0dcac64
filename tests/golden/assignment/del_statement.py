# del on names, list items, slices, dict keys, attributes; errors after deletion.
x = 1
del x
try:
    x
except NameError as e:
    print("NameError:", e)
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[2:4]
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
class O:
    pass
o = O()
o.attr = 5
del o.attr
try:
    o.attr
except AttributeError as e:
    print("AttributeError:", e)
try:
    del o.missing
except AttributeError as e:
    print("AttributeError:", e)
a, b, c = 1, 2, 3
del a, b
print(c, "a" in dir(), "c" in dir())
def f():
    y = 1
    del y
    return y
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
nested = [[1, 2], [3, 4]]
del nested[0][1], nested[1]
print(nested)
try:
    del nested[5]
except IndexError as e:
    print("IndexError:", e)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
