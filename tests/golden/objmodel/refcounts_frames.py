# sys.getrefcount in comprehensions, generator frames, class bodies,
# lambdas, tracebacks, and weakref.finalize at exit (atexit).
import sys
import weakref

rc = sys.getrefcount


class T:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"T({self.name})"


obj = T("o")
print("base", rc(obj))
print("listcomp", [rc(obj) for _ in range(2)])
print("listcomp over it", [rc(x) for x in [obj]])
print("setcomp", {rc(obj) for _ in range(1)})
print("dictcomp", {k: rc(obj) for k in "a"})
print("genexp", list(rc(obj) for _ in range(1)))
print("after comprehensions", rc(obj))


def gen(x):
    yield rc(x)
    y = x
    yield rc(x)


g = gen(obj)
print("generator created", rc(obj))
print("first", next(g))
print("suspended", rc(obj))
print("second", next(g))
print("suspended with two locals", rc(obj))
g.close()
print("closed", rc(obj))
del g


class Body:
    captured = obj
    print("class body", rc(obj))


print("class attribute", rc(obj))
del Body
import gc

gc.collect()
print("class gone", rc(obj))

f = lambda a=obj: a  # noqa: E731
print("lambda default", rc(obj))
del f
print("lambda gone", rc(obj))


def raiser(o):
    local = o
    raise ValueError("x")


try:
    raiser(obj)
except ValueError as e:
    print("in handler (frames alive)", rc(obj))
    tb = e.__traceback__
print("traceback kept", rc(obj))
del tb
print("traceback dropped", rc(obj))

# Nested functions and cells.
def outer():
    o = obj
    def inner():
        return o
    return inner


fn = outer()
print("cell", rc(obj))
print("closure cells", len(fn.__closure__), fn.__closure__[0].cell_contents is obj)
del fn
print("cell gone", rc(obj))

# A list of the same object, sliced and copied.
lst = [obj] * 3
print("list x3", rc(obj))
copy = lst[:]
print("copy", rc(obj))
del lst, copy
print("lists gone", rc(obj))

# del of the last name frees the object at once.
probe = T("probe")
r = weakref.ref(probe)
print("alive", r() is probe)
del probe
print("freed at del", r())


# finalize: runs at exit (atexit) unless called or detached before.
def goodbye(name):
    print("finalize", name)


a, b, c = T("a"), T("b"), T("c")
fa = weakref.finalize(a, goodbye, "a at exit")
fb = weakref.finalize(b, goodbye, "b called early")
fc = weakref.finalize(c, goodbye, "c detached")
print("atexit flags", fa.atexit, fb.alive, fc.alive)
fb()
print("b alive after call", fb.alive)
print("detached", fc.detach() is not None, fc.alive, fc.detach())
print("c still there", c)
nofin = weakref.finalize(T("tmp"), goodbye, "temporary")
print("temporary finalized at once", nofin.alive)
quiet = T("quiet")
fq = weakref.finalize(quiet, goodbye, "quiet (atexit off)")
fq.atexit = False
print("end of program")
