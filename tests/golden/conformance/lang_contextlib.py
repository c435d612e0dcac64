import contextlib
import io
import sys

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("a") as t, tag("b") as u:
    print("inside", t, u)

@contextlib.contextmanager
def catching():
    try:
        yield
    except KeyError as e:
        print("handled", repr(e))

with catching():
    raise KeyError("k")
print("continues")

@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print(e)

@contextlib.contextmanager
def two_yields():
    yield
    yield
try:
    with two_yields():
        pass
except RuntimeError as e:
    print(e)

with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
try:
    with contextlib.suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print(e)

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line")
    print("second")
print(repr(buf.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to err", file=sys.stderr)
print(repr(err.getvalue()))

with contextlib.ExitStack() as stack:
    for n in ["x", "y", "z"]:
        stack.enter_context(tag(n))
    stack.callback(print, "callback runs first")
    print("body")

def cleanup(name):
    print("cleanup", name)
with contextlib.ExitStack() as stack:
    stack.callback(cleanup, "one")
    moved = stack.pop_all()
print("stack left")
moved.close()

class Suppressor:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("exit saw", et.__name__ if et else None)
        return et is ValueError
with contextlib.ExitStack() as stack:
    stack.enter_context(Suppressor())
    raise ValueError("eaten by inner")
print("exitstack suppressed")

class Closeable:
    def close(self):
        print("closed!")
with contextlib.closing(Closeable()) as c:
    print("using closeable")
with contextlib.nullcontext("value") as v:
    print(v)

class CM:
    def __enter__(self):
        return [1, 2]
    def __exit__(self, *a):
        print("exit args", a)
with CM() as (first, second):
    print(first, second)
try:
    with 5:
        pass
except TypeError as e:
    print(e)
class OnlyEnter:
    def __enter__(self): return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print(e)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
try:
    with ExitRaises():
        raise ValueError("body")
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__))
def f():
    with tag("ret"):
        return "returned"
print(f())
for i in range(2):
    with tag(f"loop{i}"):
        if i == 0:
            continue
        break
@tag("deco")
def decorated():
    print("in decorated")
decorated()
