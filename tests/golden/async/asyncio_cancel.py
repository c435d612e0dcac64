# Task cancellation: CancelledError, messages, cancelling()/uncancel(), shield.
import asyncio


async def sleeper(name, delay=10):
    try:
        await asyncio.sleep(delay)
        print(name, "woke up")
        return name
    except asyncio.CancelledError as e:
        print(name, "got CancelledError", e.args)
        raise


async def main():
    t = asyncio.create_task(sleeper("t1"))
    await asyncio.sleep(0)
    print("cancel:", t.cancel(), "cancelling:", t.cancelling())
    print("done right after cancel():", t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting cancelled task raised CancelledError", e.args)
    print("cancelled:", t.cancelled(), "done:", t.done(), "cancel again:", t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError")
    try:
        t.exception()
    except asyncio.CancelledError:
        print("exception() raises CancelledError")

    # With a message.
    t = asyncio.create_task(sleeper("t2"))
    await asyncio.sleep(0)
    t.cancel(msg="because")
    try:
        await t
    except asyncio.CancelledError as e:
        print("message:", e.args)

    # Cancelled before it ever ran.
    t = asyncio.create_task(sleeper("never-started"))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("never-started cancelled before running")

    # A task may suppress its cancellation.
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("stubborn swallows cancellation")
            asyncio.current_task().uncancel()
        return "survived"

    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled(), t.cancelling())

    # Cancelling a task that awaits another task cancels the inner one.
    inner = asyncio.create_task(sleeper("inner"))
    async def outer():
        return await inner
    o = asyncio.create_task(outer())
    await asyncio.sleep(0)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print("outer cancelled; inner cancelled:", inner.cancelled())

    # shield protects the inner task.
    inner = asyncio.create_task(sleeper("shielded", 0.01))
    async def protected():
        return await asyncio.shield(inner)
    p = asyncio.create_task(protected())
    await asyncio.sleep(0)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print("protected cancelled; inner cancelled:", inner.cancelled())
    print("inner result:", await inner)

    # CancelledError is a BaseException, not an Exception.
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))

    # Cancelling the current task from within.
    async def self_cancel():
        asyncio.current_task().cancel()
        print("still running until the next await")
        await asyncio.sleep(0)
        print("not reached")

    t = asyncio.create_task(self_cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("self-cancelled task is cancelled:", t.cancelled())

    # cancel() on a finished task returns False.
    t = asyncio.create_task(sleeper("quick", 0))
    await t
    print("cancel finished:", t.cancel())
    return "done"


print(asyncio.run(main()))
