# with statements: __enter__/__exit__ order, exception suppression, nested and multiple managers.
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM("a") as v:
    print("inside", v)
with CM("outer"), CM("inner") as i:
    print("inside both", i)
with CM("quiet", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with CM("loud"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", repr(e))
def early():
    with CM("ret"):
        return "returned"
print(early())
for i in range(2):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        break
from contextlib import contextmanager, suppress
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    finally:
        print(f"</{name}>")
with tag("div") as t, tag("p"):
    print("content in", t)
with suppress(ZeroDivisionError):
    1 / 0
print("suppress worked")
try:
    with 5:
        pass
except TypeError as e:
    print("TypeError:", e)
