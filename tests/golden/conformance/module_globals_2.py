# What names does a fresh module have? dir() before and after definitions
print(dir())
before = set(dir())
x = 1


def f():
    return x


class K:
    pass


after = set(dir())
print(sorted(after - before))
print(sorted(k for k in vars() if k.startswith("__")))
print(len(globals()) == len(dir()))
