import asyncio

async def worker(name, delay, log):
    log.append(f"{name} start")
    await asyncio.sleep(delay)
    log.append(f"{name} end")
    return name.upper()

async def fails(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)

async def main():
    log = []
    results = await asyncio.gather(worker("a", 0.3, log), worker("b", 0.15, log), worker("c", 0, log))
    print(results)
    print(log)
    res = await asyncio.gather(worker("x", 0, []), fails("bad"), return_exceptions=True)
    print(res)
    try:
        await asyncio.gather(fails("first"), worker("y", 0.01, []))
    except ValueError as e:
        print("gather raised", e)
    t = asyncio.create_task(worker("task", 0.01, log), name="my-task")
    print(t.get_name(), t.done())
    r = await t
    print(r, t.done(), t.result(), t.cancelled(), t.exception())
    print(await asyncio.gather())
    # current_task / all_tasks
    cur = asyncio.current_task()
    print(cur.get_name() if cur else None, len(asyncio.all_tasks()) >= 1)
    # sleep result
    print(await asyncio.sleep(0, result="slept"))
    # ordering with sleep(0)
    order = []
    async def step(n):
        for i in range(3):
            order.append((n, i))
            await asyncio.sleep(0)
    await asyncio.gather(step("p"), step("q"))
    print(order)
    # wait_for
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, isinstance(e, TimeoutError))
    print(await asyncio.wait_for(worker("quick", 0, []), timeout=1))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 99)
    print("future", await fut)
    fut2 = loop.create_future()
    loop.call_later(0.01, fut2.set_exception, KeyError("k"))
    try:
        await fut2
    except KeyError as e:
        print("future exc", repr(e))
    return "main done"

print(asyncio.run(main()))

async def coro_value():
    return 7
loop = asyncio.new_event_loop()
print(loop.run_until_complete(coro_value()))
print(loop.is_closed(), loop.is_running())
loop.close()
print(loop.is_closed())
try:
    asyncio.run(5)
except ValueError as e:
    print(e)
async def nested_run():
    c = coro_value()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print(e)
    finally:
        c.close()
asyncio.run(nested_run())
print(asyncio.iscoroutinefunction(worker), asyncio.iscoroutine(coro_value()) if False else "")
