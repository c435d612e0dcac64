import io
import re
import sys
capture = io.StringIO()
sys.stderr = capture
import gc
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
        raise ValueError(f"failure in del of {self.name}")
a = Noisy("a")
del a
print("after del a")
def scope():
    b = Noisy("b")
scope()
print("after scope")
class Cyc:
    def __init__(self):
        self.me = self
    def __del__(self):
        print("cyc del")
        1 / 0
c = Cyc()
del c
print("collected", gc.collect() >= 1)
class Resurrect:
    saved = []
    def __del__(self):
        print("resurrecting")
        Resurrect.saved.append(self)
r = Resurrect()
del r
print(len(Resurrect.saved))
Resurrect.saved.clear()
print("cleared")
def f():
    yield 1
class Gen:
    def __del__(self):
        raise KeyError("k")
x = [Gen()]
x.pop()
print("end")
sys.stderr = sys.__stderr__
print(re.sub(r" at 0x[0-9a-f]+", " at ADDR", capture.getvalue()))
seen = []
def hook(u):
    seen.append((u.exc_type.__name__, str(u.exc_value), u.object.__qualname__ if u.object else None, u.err_msg))
sys.unraisablehook = hook
n = Noisy("hooked")
del n
print(seen)
