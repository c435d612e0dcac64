import asyncio

async def long_job(log):
    try:
        log.append("job start")
        await asyncio.sleep(10)
        log.append("job end")
    except asyncio.CancelledError:
        log.append("job cancelled")
        raise
    finally:
        log.append("job finally")

async def main():
    log = []
    t = asyncio.create_task(long_job(log))
    await asyncio.sleep(0)
    print(t.cancel(), t.cancelling() if hasattr(t, "cancelling") else "")
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting cancelled task raised CancelledError")
    print(t.cancelled(), t.done(), log)
    print(t.cancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result raises", type(e).__name__)
    t2 = asyncio.create_task(long_job([]))
    await asyncio.sleep(0)
    t2.cancel("with message")
    try:
        await t2
    except asyncio.CancelledError as e:
        print("message:", e.args)
    async def swallow():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "swallowed"
    t3 = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    t3.cancel()
    print(await t3, t3.cancelled())
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
    # shield
    inner = asyncio.create_task(asyncio.sleep(0.01, result="shielded"))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled")
    print(await inner)
    # cancel a gather
    g = asyncio.gather(asyncio.sleep(10), asyncio.sleep(10))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")
    # wait_for cancels inner
    log2 = []
    try:
        await asyncio.wait_for(long_job(log2), 0.01)
    except asyncio.TimeoutError:
        print("wait_for timeout", log2)
    # timeout() context manager
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout cm expired", cm.expired())
    async with asyncio.timeout(1) as cm2:
        await asyncio.sleep(0)
    print("no timeout", cm2.expired())
    async with asyncio.timeout(None) as cm3:
        print("deadline", cm3.when())
    # done callbacks
    f = asyncio.get_running_loop().create_future()
    f.add_done_callback(lambda fut: print("callback got", fut.result()))
    f.set_result(5)
    await asyncio.sleep(0)
    try:
        f.set_result(6)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    f2 = asyncio.get_running_loop().create_future()
    try:
        f2.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)

asyncio.run(main())
