# Context managers written as classes
class Resource:
    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail

    def __enter__(self):
        print("enter", self.name)
        if self.fail:
            raise RuntimeError(f"cannot open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return isinstance(exc, KeyError)


with Resource("a") as r:
    print("inside", r.name)

with Resource("b"):
    raise KeyError("swallowed")
print("after b")

try:
    with Resource("c"):
        raise ValueError("propagated")
except ValueError as e:
    print("caught", e)

try:
    with Resource("d", fail=True):
        print("never")
except RuntimeError as e:
    print("caught", e)

with Resource("outer") as o, Resource("inner") as i:
    print(o.name, i.name)


def f():
    with Resource("ret"):
        return "returned"


print(f())

for n in range(3):
    with Resource(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("body", n)


class Timer:
    def __enter__(self):
        self.log = ["start"]
        return self.log

    def __exit__(self, *args):
        self.log.append("stop")


with Timer() as log:
    log.append("work")
print(log)
try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)


class OnlyEnter:
    def __enter__(self):
        return self


try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError:", e)
