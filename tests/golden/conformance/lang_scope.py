x = "global"
def read_then_assign():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = "local"
read_then_assign()
def del_local():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
del_local()
def free_unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    z = 1
free_unbound()
try:
    print(undefined)
except NameError as e:
    print(e)
def del_twice():
    q = 1
    del q
    try:
        del q
    except UnboundLocalError as e:
        print("del:", e)
del_twice()
try:
    del never_defined
except NameError as e:
    print(e)
counter = 0
def inc():
    global counter
    counter += 1
inc(); inc()
print(counter)
def make_counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c2(), c1.__code__.co_freevars, c1.__closure__[0].cell_contents)
class K:
    a = 1
    b = [a * i for i in range(3)] if False else None
    try:
        c = [a for _ in range(2)]
    except NameError as e:
        print("class scope:", e)
    d = (lambda: a) if False else None
    e = a + 1
    f = [i for i in range(a + 2)]
print(K.e, K.f)
class K2:
    y = 5
    def m(self):
        try:
            return y
        except NameError as e:
            return str(e)
print(K2().m())
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
i = 100
print([f() for f in fs])
def outer():
    v = 1
    def mid():
        def inner():
            return v
        return inner
    v = 2
    return mid()()
print(outer())
print([(yy := n * 2) for n in range(3)], yy)
def walrus_scope():
    [w := j for j in range(4)]
    return w
print(walrus_scope())
print(locals() is globals(), "x" in globals())
def loc():
    a = 1
    b = 2
    return sorted(locals().items())
print(loc())
g = 10
def shadow(g=g):
    return g
g = 20
print(shadow())
exec("newvar = 5")
print(newvar)
ns = {}
exec("def ff(): return vv\nvv = 3", ns)
print(ns["ff"]())
def exec_local():
    exec("lv = 1")
    return "lv" in locals()
print(exec_local())
print(eval("x + 'y'", {"x": "eval"}))
print(eval("__name__"), eval("a + b", {}, {"a": 1, "b": 2}))
