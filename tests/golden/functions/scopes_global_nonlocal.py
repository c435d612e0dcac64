# global and nonlocal declarations, shadowing, builtins shadowing.
x = "global"
def read():
    return x
def shadow():
    x = "local"
    return x
def write():
    global x
    x = "rewritten"
print(read(), shadow(), x)
write()
print(x)
def make():
    global created
    created = "made"
make()
print(created)
def outer():
    v = 1
    def mid():
        nonlocal v
        v += 10
        def inner():
            nonlocal v
            v *= 2
        inner()
    mid()
    return v
print(outer())
len = lambda s: "shadowed"
print(len("abc"))
del len
print(len("abc"))
def uses_builtin_later():
    return max([1, 5, 3])
print(uses_builtin_later())
def local_only():
    total = 0
    for i in range(3):
        total += i
    return total, "i" in dir(), sorted(locals())
print(local_only())
counter = 0
def bump():
    global counter
    for _ in range(5):
        counter += 1
bump(); bump()
print(counter)
class K:
    y = 1
    z = [y * i for i in range(3)] if False else "class scope"
    def m(self):
        return y if False else K.y
print(K.z, K().m())
