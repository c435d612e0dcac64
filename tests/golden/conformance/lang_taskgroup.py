import asyncio
import contextvars

current_user = contextvars.ContextVar("current_user", default="anonymous")

async def fetch(name, delay, fail=False):
    print(f"fetch {name} as {current_user.get()}")
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    return f"{name}-data"

async def main():
    current_user.set("alice")
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch(n, 0.001 * i), name=f"fetch-{n}") for i, n in enumerate("abc")]
        print(repr(tg), [t.get_name() for t in tasks])
    print([t.result() for t in tasks], repr(tg))
    late = fetch("late", 0)
    try:
        tg.create_task(late)
    except RuntimeError as e:
        print(e)
    late.close()
    fresh = asyncio.TaskGroup()
    coro = fetch("never", 0)
    try:
        fresh.create_task(coro)
    except RuntimeError as e:
        print(e)
    coro.close()
    # two failures
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("x", 0, fail=True))
            tg.create_task(fetch("y", 0, fail=True))
            tg.create_task(fetch("z", 1))
    except ExceptionGroup as eg:
        print(eg.message, sorted(str(e) for e in eg.exceptions))
    # nested groups
    try:
        async with asyncio.TaskGroup() as outer:
            async def inner_group():
                async with asyncio.TaskGroup() as inner:
                    inner.create_task(fetch("deep", 0, fail=True))
            outer.create_task(inner_group())
    except* ValueError as eg:
        print("nested", repr(eg.exceptions[0]))
    # cancellation of the parent from outside
    async def parent():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(asyncio.sleep(1))
            tg.create_task(asyncio.sleep(1))
        print("not reached")
    t = asyncio.create_task(parent())
    await asyncio.sleep(0.001)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("parent cancelled", t.cancelled())
    # body raises while children run
    log = []
    async def child():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            log.append("child cancelled")
            raise
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
            await asyncio.sleep(0)
            raise RuntimeError("body")
    except ExceptionGroup as eg:
        print("body group", eg.exceptions, log)
    # failure interrupts the body's await
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("boom", 0, fail=True))
            await asyncio.sleep(1)
            print("not reached either")
    except* ValueError:
        print("body await interrupted; still running:", asyncio.current_task().cancelling())
    # run in a different context
    ctx = contextvars.copy_context()
    ctx.run(current_user.set, "bob")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fetch("ctx", 0), context=ctx)
    try:
        async with asyncio.TaskGroup() as tg:
            async with tg:
                pass
    except* RuntimeError as eg:
        print(eg.exceptions)

asyncio.run(main())
