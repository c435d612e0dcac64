# The coroutine object: send/throw/close, attributes, and protocol errors.
import inspect
import types


@types.coroutine
def suspend(v=None):
    return (yield v)


async def simple():
    await suspend(1)
    await suspend(2)
    return "done"


c = simple()
print(type(c).__name__, c.__name__, c.__qualname__)
print(inspect.getcoroutinestate(c), c.cr_running, c.cr_suspended, c.cr_await, c.cr_origin)
print(c.cr_frame is not None, c.cr_code.co_name, inspect.iscoroutine(c), inspect.isawaitable(c))
print(c.send(None))
print(inspect.getcoroutinestate(c), c.cr_running, c.cr_suspended, type(c.cr_await).__name__)
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
print(inspect.getcoroutinestate(c), c.cr_frame, c.cr_code.co_name)

# A finished coroutine cannot be reused; close() stays silent.
for action in ("send", "throw"):
    try:
        if action == "send":
            c.send(None)
        else:
            c.throw(ValueError)
    except RuntimeError as e:
        print(action, "->", e)
print("close ->", c.close())

# Sending a value to a just-started coroutine.
c2 = simple()
try:
    c2.send(1)
except TypeError as e:
    print("TypeError", e)
c2.close()
print(inspect.getcoroutinestate(c2))

# Coroutines are not iterable; __await__ gives a coroutine_wrapper.
c3 = simple()
try:
    iter(c3)
except TypeError as e:
    print("TypeError", e)
w = c3.__await__()
print(type(w).__name__, iter(w) is w)
print(next(w), w.send(None))
try:
    next(w)
except StopIteration as e:
    print("wrapper done", e.value)

# close() runs finally blocks; ignoring GeneratorExit is an error.
async def with_finally():
    try:
        await suspend("in try")
    finally:
        print("finally ran")


c4 = with_finally()
c4.send(None)
c4.close()
print(inspect.getcoroutinestate(c4))


async def stubborn():
    while True:
        try:
            await suspend("again")
        except GeneratorExit:
            print("ignoring GeneratorExit")


c5 = stubborn()
c5.send(None)
try:
    c5.close()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    c5.throw(KeyError("stop"))
except KeyError as e:
    print("KeyError", e)

# StopIteration raised inside a coroutine becomes RuntimeError.
async def raises_stop():
    raise StopIteration("inner")


try:
    raises_stop().send(None)
except RuntimeError as e:
    print("RuntimeError", e, "| cause:", repr(e.__cause__))

# A coroutine being awaited elsewhere cannot be awaited again.
async def waiter(co):
    return await co


inner = simple()
outer1 = waiter(inner)
print(outer1.send(None))
outer2 = waiter(inner)
try:
    outer2.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
outer1.close()
print(inspect.getcoroutinestate(inner))

# A coroutine awaiting itself.
async def self_await():
    await me


me = self_await()
try:
    me.send(None)
except ValueError as e:
    print("ValueError", e)

# Non-awaitables in await.
async def await_it(obj):
    return await obj


class BadAwait1:
    def __await__(self):
        return 42


class BadAwait2:
    def __await__(self):
        return iter([1, 2])


class GivesCoroutine:
    def __await__(self):
        return inner_coro


async def helper():
    return 1


for obj in [1, "s", None, [], BadAwait1(), BadAwait2()]:
    try:
        print(await_it(obj).send(None))
    except TypeError as e:
        print("TypeError", e)

inner_coro = helper()
try:
    await_it(GivesCoroutine()).send(None)
except TypeError as e:
    print("TypeError", e)
inner_coro.close()

# A plain generator cannot 'yield from' a coroutine; a types.coroutine one can.
def plain():
    yield from helper_coro


helper_coro = helper()
try:
    list(plain())
except TypeError as e:
    print("TypeError", e)
helper_coro.close()


@types.coroutine
def iterable_coro():
    r = yield from helper()
    return r


try:
    iterable_coro().send(None)
except StopIteration as e:
    print("iterable coroutine returned", e.value)
print(inspect.isawaitable(iterable_coro()), inspect.iscoroutine(iterable_coro()))
print(bool(iterable_coro.__code__.co_flags & inspect.CO_ITERABLE_COROUTINE))
print(inspect.iscoroutinefunction(simple), inspect.iscoroutinefunction(iterable_coro))

# throw() variants.
async def catch_all():
    while True:
        try:
            await suspend()
        except Exception as e:
            print("caught", type(e).__name__, e.args)


c6 = catch_all()
c6.send(None)
c6.throw(ValueError)
c6.throw(ValueError("x"))
c6.throw(ValueError, ValueError("y"))
c6.throw(ValueError, "z")
c6.close()
unstarted = simple()
try:
    unstarted.throw(1)
except TypeError as e:
    print("TypeError", e)
unstarted.close()
