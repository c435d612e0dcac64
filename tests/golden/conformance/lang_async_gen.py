import asyncio
import contextlib

async def ticker(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        print("ticker finally")

async def echo():
    received = None
    try:
        while True:
            try:
                received = yield received
            except ValueError as e:
                received = f"handled {e}"
    except GeneratorExit:
        print("echo closing")
        raise

@contextlib.asynccontextmanager
async def resource(name):
    print("open", name)
    try:
        yield name.upper()
    except KeyError as e:
        print("resource saw", repr(e))
        raise
    finally:
        print("close", name)

@contextlib.asynccontextmanager
async def suppressing():
    try:
        yield
    except ZeroDivisionError:
        print("suppressed zero division")

async def main():
    async for v in ticker(3):
        print("tick", v)
    print([v async for v in ticker(4) if v % 2 == 0])
    g = ticker(5)
    print(await g.__anext__(), await anext(g))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted after aclose")
    e = echo()
    print(await e.asend(None))
    print(await e.asend("hello"))
    print(await e.athrow(ValueError("bad")))
    await e.aclose()
    try:
        await e.asend("x")
    except StopAsyncIteration:
        print("StopAsyncIteration after close")
    print(await anext(ticker(0), "default"))
    async with resource("db") as r:
        print("using", r)
    try:
        async with resource("net"):
            raise KeyError("oops")
    except KeyError:
        print("propagated")
    async with suppressing():
        1 / 0
    print("after suppress")
    async with contextlib.AsyncExitStack() as stack:
        a = await stack.enter_async_context(resource("A"))
        b = await stack.enter_async_context(resource("B"))
        stack.callback(print, "sync callback")
        print("stack holds", a, b)
    async def agen_ret():
        yield 1
        return
    print([x async for x in agen_ret()])
    async def bad_iter():
        async for x in [1, 2]:
            pass
    try:
        await bad_iter()
    except TypeError as e:
        print(e)
    class AIter:
        def __init__(self): self.i = 0
        def __aiter__(self): return self
        async def __anext__(self):
            self.i += 1
            if self.i > 2:
                raise StopAsyncIteration
            return self.i
    async for x in AIter():
        print("AIter", x)
    try:
        async with object():
            pass
    except (TypeError, AttributeError) as ex:
        print(type(ex).__name__, ex)
    ag = ticker(2)
    print(type(ag).__name__, ag.__name__, type(ag.__anext__()).__name__)
    await ag.aclose()

asyncio.run(main())
