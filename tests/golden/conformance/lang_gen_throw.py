# generator throw()/close() argument validation and attributes
import sys

def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught", repr(e))
        yield 99
    finally:
        print("finally")

def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except BaseException as e:
        print(label, "raised", type(e).__name__, e)

it = g()
next(it)
attempt("throw int", lambda: it.throw(5))
attempt("throw str", lambda: it.throw("x"))
attempt("throw 3arg bad tb", lambda: it.throw(ValueError, ValueError("a"), 5))
attempt("instance + value", lambda: it.throw(ValueError("a"), 1))
attempt("throw type+value", lambda: it.throw(ValueError, "boom"))
attempt("after handler next", lambda: next(it))
attempt("after exhausted", lambda: next(it))
attempt("throw on exhausted", lambda: it.throw(KeyError("k")))

it2 = g()
attempt("throw before start", lambda: it2.throw(ValueError("early")))
attempt("next after", lambda: next(it2))

def h():
    yield 1
it3 = h()
attempt("throw type only", lambda: it3.throw(TypeError))
attempt("throw tuple", lambda: h().throw((1,2)))
attempt("throw None", lambda: h().throw(None))

# close
def ign():
    try:
        yield 1
    except GeneratorExit:
        yield 2
i = ign(); next(i)
attempt("close ignoring", i.close)

def ret_in_close():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        return 5
i = ret_in_close(); next(i)
attempt("close returning", i.close)
attempt("close again", i.close)

def raising_close():
    try:
        yield 1
    finally:
        raise KeyError("from finally")
i = raising_close(); next(i)
attempt("close raising", i.close)

# attributes
def gg():
    x = yield 1
    yield x
gen = gg()
print(gen.gi_running, gen.gi_frame is not None, gen.gi_code.co_name, gen.gi_yieldfrom)
print(gen.__name__, gen.__qualname__)
next(gen)
print(gen.gi_frame.f_lineno, gen.gi_suspended if hasattr(gen, "gi_suspended") else "n/a")
gen.send(10)
try:
    next(gen)
except StopIteration:
    print("done; frame", gen.gi_frame)

def running():
    print("inside running:", me.gi_running)
    try:
        next(me)
    except ValueError as e:
        print("ValueError", e)
    yield 1
me = running()
next(me)

def inner():
    yield 1
    yield 2
def outer():
    r = yield from inner()
    return r
o = outer()
next(o)
print(type(o.gi_yieldfrom).__name__, o.gi_yieldfrom.__name__)
gen.__name__ = "renamed"
print(gen.__name__)
try:
    gen.__name__ = 5
except TypeError as e:
    print(e)
