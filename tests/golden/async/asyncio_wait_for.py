# asyncio.wait_for and asyncio.timeout: timeouts cancel the awaited work.
import asyncio


async def slow(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "completed")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    print(await asyncio.wait_for(slow("fast", 0), timeout=1))
    print(await asyncio.wait_for(slow("no-timeout", 0.001), None))
    try:
        await asyncio.wait_for(slow("too-slow", 10), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("TimeoutError", type(e).__name__, e.args, type(e.__cause__).__name__)
    print(asyncio.TimeoutError is TimeoutError)
    try:
        await asyncio.wait_for(slow("zero", 10), timeout=0)
    except TimeoutError:
        print("zero timeout -> TimeoutError")

    # A done future with a non-positive timeout returns its result.
    f = asyncio.get_running_loop().create_future()
    f.set_result("ready")
    print(await asyncio.wait_for(f, timeout=0))

    # Errors of the awaited coroutine propagate.
    async def fails():
        raise ValueError("inner failure")

    try:
        await asyncio.wait_for(fails(), timeout=1)
    except ValueError as e:
        print("ValueError", e)

    # Cancelling the waiter cancels the inner task.
    t = asyncio.create_task(asyncio.wait_for(slow("inner", 10), timeout=5))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("wait_for task cancelled")

    # asyncio.timeout (3.11).
    try:
        async with asyncio.timeout(0.01) as cm:
            print("expired before:", cm.expired())
            await slow("under timeout", 10)
    except TimeoutError:
        print("timeout() raised TimeoutError; expired:", cm.expired())

    async with asyncio.timeout(5) as cm:
        await slow("in time", 0)
    print("expired:", cm.expired())

    async with asyncio.timeout(None) as cm:
        print("when:", cm.when())
        cm.reschedule(None)
        await asyncio.sleep(0)
    print("no deadline, expired:", cm.expired())

    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            await asyncio.sleep(10)
    except TimeoutError:
        print("timeout_at raised TimeoutError")

    # sleep() returns its result argument.
    print(await asyncio.sleep(0, "zero result"), await asyncio.sleep(0.001, result="timed result"))
    return "done"


print(asyncio.run(main()))
