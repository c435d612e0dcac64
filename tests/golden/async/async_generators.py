# Async generators: async for, asend/athrow/aclose, attributes.
import types


@types.coroutine
def suspend(v=None):
    return (yield v)


def run(coro):
    """Drives a coroutine, printing what it awaits on the way."""
    try:
        value = coro.send(None)
        while True:
            print("  (loop saw", repr(value) + ")")
            value = coro.send(None)
    except StopIteration as e:
        return e.value


async def counter(n):
    print("counter start")
    try:
        for i in range(n):
            received = yield i
            if received is not None:
                print("counter received", received)
            await suspend(("tick", i))
    finally:
        print("counter finally")


async def consume():
    out = []
    async for v in counter(3):
        out.append(v)
    return out


print(run(consume()))


async def protocol():
    g = counter(5)
    print(type(g).__name__, g.__name__, g.__qualname__, g.ag_running, g.ag_await, g.ag_code.co_name)
    print(g.__aiter__() is g)
    print("first", await g.__anext__())
    print("asend", await g.asend("hello"))
    print("ag_frame live:", g.ag_frame is not None)
    print("aclose", await g.aclose())
    print("ag_frame after close:", g.ag_frame)
    try:
        await g.__anext__()
    except StopAsyncIteration as e:
        print("StopAsyncIteration", repr(e))
    print("aclose again", await g.aclose())
    return "protocol done"


print(run(protocol()))


async def resilient():
    i = 0
    while i < 3:
        try:
            yield i
        except ValueError as e:
            print("resilient caught", e)
            yield "after error"
        i += 1


async def athrow_demo():
    g = resilient()
    print(await g.__anext__())
    print(await g.athrow(ValueError("bad value")))
    print(await g.__anext__())
    try:
        await g.athrow(KeyError("fatal"))
    except KeyError as e:
        print("KeyError propagated", e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted after error")
    fresh = resilient()
    try:
        await fresh.athrow(IndexError("before start"))
    except IndexError as e:
        print("IndexError on fresh generator", e)
    return "athrow done"


print(run(athrow_demo()))


async def awaiting_cleanup():
    try:
        yield 1
        yield 2
    finally:
        await suspend("cleanup step")
        print("cleanup finished")


async def aclose_with_await():
    g = awaiting_cleanup()
    print(await g.__anext__())
    await g.aclose()
    return "closed"


print(run(aclose_with_await()))


# asend values flow into the generator.
async def accumulator():
    total = 0
    while True:
        v = yield total
        if v is None:
            return
        total += v


async def accumulate():
    g = accumulator()
    await g.asend(None)
    for v in [1, 2, 3, 10]:
        print("total", await g.asend(v))
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print("accumulator finished")


run(accumulate())

# The awaitables returned by asend/athrow/aclose.
g = counter(2)
n = g.__anext__()
print(type(n).__name__, type(g.athrow(ValueError)).__name__, type(g.aclose()).__name__)
print(n.__await__() is n, iter(n) is n)
try:
    n.send(None)
except StopIteration as e:
    print("yielded through StopIteration:", e.value)
del n
print("dropping the suspended generator:")
del g

# Builtins aiter/anext.
async def builtins_demo():
    g = counter(2)
    print(aiter(g) is g)
    print(await anext(g))
    print(await anext(g))
    print(await anext(g, "default"))
    try:
        await anext(counter(0))
    except StopAsyncIteration:
        print("anext raised StopAsyncIteration")


run(builtins_demo())
