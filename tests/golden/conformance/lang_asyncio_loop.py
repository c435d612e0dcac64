import asyncio
import warnings

async def agen():
    try:
        for i in range(10):
            yield i
    finally:
        print("agen finalized")

async def partial_consume():
    async for v in agen():
        if v == 2:
            break
    print("broke out at 2")

asyncio.run(partial_consume())

async def leave_open():
    g = agen()
    print(await g.__anext__())
    return g
g = asyncio.run(leave_open())
print("after run (shutdown_asyncgens ran)")

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    got = asyncio.get_event_loop()
    print(got is loop, [str(x.message) for x in w])
    print(loop.run_until_complete(asyncio.sleep(0, "ok")))
    loop.close()
    asyncio.set_event_loop(None)

async def inside():
    loop = asyncio.get_event_loop()
    return loop is asyncio.get_running_loop()
print(asyncio.run(inside()))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)

async def exc_handler_demo():
    loop = asyncio.get_running_loop()
    seen = []
    loop.set_exception_handler(lambda l, ctx: seen.append(ctx["message"]))
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    print(seen)
asyncio.run(exc_handler_demo())

async def timing():
    loop = asyncio.get_running_loop()
    order = []
    loop.call_later(0.02, order.append, "later")
    loop.call_soon(order.append, "soon")
    h = loop.call_later(0.01, order.append, "cancelled")
    h.cancel()
    t0 = loop.time()
    await asyncio.sleep(0.03)
    print(order, loop.time() - t0 >= 0.03 - 0.005)
asyncio.run(timing())

async def gather_nested():
    async def leaf(n):
        await asyncio.sleep(0)
        return n
    async def branch(n):
        return await asyncio.gather(leaf(n), leaf(n + 1))
    return await asyncio.gather(branch(0), branch(10))
print(asyncio.run(gather_nested()))

async def task_exception_never_retrieved():
    async def boom():
        raise ValueError("lost")
    t = asyncio.create_task(boom())
    await asyncio.sleep(0)
    print("task done:", t.done(), type(t.exception()).__name__)
asyncio.run(task_exception_never_retrieved())

async def main_returns_task_result():
    t = asyncio.ensure_future(asyncio.sleep(0, "ensured"))
    return await t
print(asyncio.run(main_returns_task_result()))
print(asyncio.run(asyncio.wait_for(asyncio.sleep(0, "direct"), 1)))
