# send, throw, close on generators; generator states; finally in generators.
def echo():
    received = None
    try:
        while True:
            received = yield f"got {received}"
    except GeneratorExit:
        print("closing echo")
        raise
    finally:
        print("echo finally")
e = echo()
print(next(e))
print(e.send("hello"))
print(e.send(42))
e.close()
print("closed")
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
print([a.send(v) for v in [10, 20, 60]])
def catcher():
    while True:
        try:
            yield "normal"
        except ValueError as err:
            yield f"caught {err}"
c = catcher()
print(next(c), c.throw(ValueError("bad")), next(c))
try:
    c.throw(KeyError("unhandled"))
except KeyError as err:
    print("propagated", repr(err))
try:
    next(c)
except StopIteration:
    print("generator finished after exception")
fresh = echo()
try:
    fresh.send("x")
except TypeError as err:
    print("TypeError:", err)
import inspect
def g():
    yield 1
gi = g()
print(inspect.getgeneratorstate(gi))
next(gi)
print(inspect.getgeneratorstate(gi))
gi.close()
print(inspect.getgeneratorstate(gi))
def running():
    yield inner.gi_running
inner = running()
print(next(inner))
