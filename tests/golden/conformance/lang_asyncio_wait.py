import asyncio

async def job(n, d):
    await asyncio.sleep(d)
    if n == 3:
        raise RuntimeError("job 3 failed")
    return n

async def main():
    tasks = [asyncio.create_task(job(i, 0.15 * (2 - i)), name=f"t{i}") for i in range(3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))
    tasks = [asyncio.create_task(job(i, 0.05 * i)) for i in (1, 3, 2)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(repr(t.exception()) for t in done if t.exception()), len(pending))
    await asyncio.wait(tasks)
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(1))], timeout=0.01)
    print(len(done), len(pending))
    for p in pending:
        p.cancel()
    try:
        await asyncio.wait([])
    except ValueError as e:
        print(e)
    order = []
    for coro in asyncio.as_completed([job(1, 0.2), job(2, 0.1), job(0, 0)]):
        order.append(await coro)
    print("as_completed", order)
    try:
        for coro in asyncio.as_completed([asyncio.sleep(1)], timeout=0.01):
            await coro
    except asyncio.TimeoutError:
        print("as_completed timeout")
    print(asyncio.FIRST_COMPLETED, asyncio.ALL_COMPLETED, asyncio.FIRST_EXCEPTION)

asyncio.run(main())

async def tg_main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job(1, 0.01))
        t2 = tg.create_task(job(2, 0))
    print("taskgroup results", t1.result(), t2.result())
    log = []
    async def slow():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            log.append("slow cancelled")
            raise
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow())
            tg.create_task(job(3, 0.01))
            tg.create_task(job(3, 0.5))
    except* RuntimeError as eg:
        print("caught", type(eg).__name__, [str(e) for e in eg.exceptions])
    print(log)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(1, 0))
            raise KeyError("body failed")
    except* KeyError as eg:
        print("body error", eg.exceptions)
asyncio.run(tg_main())
