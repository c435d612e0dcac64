# asyncio.gather: ordering, results, exceptions, cancellation.
import asyncio


async def job(name, delay_steps, result=None, error=None):
    for _ in range(delay_steps):
        await asyncio.sleep(0)
    print("finished", name)
    if error is not None:
        raise error
    return result if result is not None else name


async def main():
    print(await asyncio.gather(job("a", 3), job("b", 1), job("c", 2)))
    print(await asyncio.gather())
    print(await asyncio.gather(job("only", 0)))

    # return_exceptions collects errors as results.
    res = await asyncio.gather(job("ok", 1), job("bad", 2, error=ValueError("v")),
                               job("ok2", 3), return_exceptions=True)
    print([type(r).__name__ + ":" + str(r) for r in res])

    # Without it, the first error propagates; the others keep running.
    try:
        await asyncio.gather(job("slow", 4), job("boom", 1, error=KeyError("k")))
    except KeyError as e:
        print("gather raised", repr(e))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)

    # The same awaitable twice is run once.
    t = asyncio.create_task(job("shared", 1))
    print(await asyncio.gather(t, t, job("other", 0)))

    # Cancelling a gather cancels the children.
    async def sleeper(n):
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("sleeper", n, "cancelled")
            raise

    g = asyncio.gather(sleeper(1), sleeper(2))
    await asyncio.sleep(0)
    print("cancel ->", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())

    # A cancelled child with return_exceptions=True.
    t1 = asyncio.create_task(sleeper(3))
    t2 = asyncio.create_task(job("fine", 1))
    await asyncio.sleep(0)
    t1.cancel("stop it")
    res = await asyncio.gather(t1, t2, return_exceptions=True)
    print([type(r).__name__ for r in res], res[0].args)

    # Results of futures given directly.
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_soon(f.set_result, "from future")
    print(await asyncio.gather(f, job("with future", 0)))
    return "done"


print(asyncio.run(main()))
