# Instances of bytes/str/tuple/int subclasses have a __dict__ stored after
# their items: attributes set, read, listed and deleted for every length
# (the pointer stays aligned whatever the item count).
class B(bytes):
    pass


class S(str):
    pass


class T(tuple):
    pass


class I(int):
    pass


for n in range(10):
    for obj in (B(b"x" * n), S("y" * n), S("\u20ac" * n), S("\U0001F600" * n), T(range(n)), I(7 ** (n * 9))):
        obj.attr = n
        obj.other = str(n)
        print(type(obj).__name__, len(obj) if not isinstance(obj, int) else obj.bit_length(), obj.attr,
              sorted(vars(obj).items()))
        del obj.attr
        print(hasattr(obj, "attr"), obj.__dict__)
try:
    del B(b"a").missing
except AttributeError as e:
    print("AttributeError:", e)
