class Fallback:
    existing = "class attr"
    def __init__(self):
        self.inst = "inst attr"
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")

f = Fallback()
print(f.existing, f.inst, f.dyn_hello)
try:
    f.missing
except AttributeError as e:
    print(e)
print(getattr(f, "missing", "default"), hasattr(f, "dyn_x"), hasattr(f, "nope"))

class Logged:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("getattribute", name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        print("getattr fallback", name)
        return None
l = Logged()
print(l.a)
print(l.zzz)

class Raising:
    def __getattribute__(self, name):
        raise KeyError(name)
    def __getattr__(self, name):
        return "never"
try:
    Raising().x
except KeyError as e:
    print("KeyError", e)

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_t", target)
    def __getattr__(self, name):
        return getattr(self._t, name)
    def __setattr__(self, name, v):
        setattr(self._t, name, v)
    def __delattr__(self, name):
        print("delattr", name)
        delattr(self._t, name)
class Target: pass
t = Target()
px = Proxy(t)
px.color = "red"
print(t.color, px.color)
del px.color
print(hasattr(t, "color"))
print(px.__class__.__name__)

class NoAttr: 
    __slots__ = ()
o = NoAttr()
try:
    o.x = 1
except AttributeError as e:
    print(e)
try:
    o.y
except AttributeError as e:
    print(e)
try:
    object().z = 1
except AttributeError as e:
    print(e)
try:
    del f.nope
except AttributeError as e:
    print(e)
class Plain: pass
try:
    Plain.missing
except AttributeError as e:
    print(e)
try:
    (5).bit_len
except AttributeError as e:
    print(e)
try:
    del Plain.nothing
except AttributeError as e:
    print(e)
print(dir(Fallback()) == sorted(dir(Fallback())), "dyn_q" in dir(f))

class DirCustom:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(DirCustom()))
