import asyncio
import types

async def simple():
    return 1

c = simple()
try:
    c.send(1)
except TypeError as e:
    print(e)
c.close()
async def ignore_exit():
    try:
        await asyncio.sleep(0)
    except GeneratorExit:
        await asyncio.sleep(0)
co = ignore_exit()
co.send(None)
try:
    co.close()
except RuntimeError as e:
    print(e)
async def agen_ignore():
    try:
        yield 1
    except GeneratorExit:
        yield 2
async def drive():
    g = agen_ignore()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print(e)
    async def slow_agen():
        await asyncio.sleep(0.01)
        yield "slow"
    g2 = slow_agen()
    first = asyncio.ensure_future(g2.__anext__())
    await asyncio.sleep(0)
    try:
        await g2.__anext__()
    except RuntimeError as e:
        print("RuntimeError", e)
    print(await first)
    async def yields_in_finally():
        try:
            yield 1
        finally:
            await asyncio.sleep(0)
            print("async cleanup ran")
    g3 = yields_in_finally()
    await g3.__anext__()
    await g3.aclose()
    g4 = agen_ignore()
    try:
        await g4.athrow(ValueError("early"))
    except ValueError as e:
        print("athrow before start:", e)
    try:
        await g4.asend("x")
    except StopAsyncIteration:
        print("StopAsyncIteration")
    async def gen_raises_stop():
        yield 1
        raise StopAsyncIteration
    try:
        async for _ in gen_raises_stop():
            pass
    except RuntimeError as e:
        print(e)
    async def gen_raises_stopiter():
        yield 1
        raise StopIteration
    try:
        async for _ in gen_raises_stopiter():
            pass
    except RuntimeError as e:
        print(e)
    aw = g.__anext__()
    print(type(aw).__name__)
    try:
        await aw
    except StopAsyncIteration:
        print("closed agen anext -> StopAsyncIteration")
    try:
        await anext(5)
    except TypeError as e:
        print(e)
    try:
        aiter(5)
    except TypeError as e:
        print(e)
asyncio.run(drive())

def gen():
    yield me.send(None)
me = gen()
try:
    next(me)
except ValueError as e:
    print(e)
async def self_await():
    await coro_ref
coro_ref = self_await()
try:
    coro_ref.send(None)
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
coro_ref.close()
async def awaiter(c):
    return await c
inner = simple()
outer1 = awaiter(inner)
try:
    outer1.send(None)
except StopIteration as e:
    print("first await ok", e.value)
outer2 = awaiter(inner)
try:
    outer2.send(None)
except RuntimeError as e:
    print(e)
def sync_gen():
    yield 1
@types.coroutine
def wrapped_gen():
    yield 1
async def await_gen():
    try:
        await sync_gen()
    except TypeError as e:
        print(e)
    return "ok"
try:
    await_gen().send(None)
except StopIteration as e:
    print(e.value)
print(type(wrapped_gen()).__name__)
