# Async generators under asyncio: async for with sleeps, hooks, and
# closing of unfinished generators at the end of asyncio.run.
import asyncio
import sys


async def ticker(n, delay=0):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print(f"ticker({n}) finally")


async def main():
    print([i async for i in ticker(3)])
    async for i in ticker(10):
        if i == 2:
            break
    print("after break")
    await asyncio.sleep(0)
    firstiter, finalizer = sys.get_asyncgen_hooks()
    print("hooks installed:", firstiter is not None, finalizer is not None)

    # Interleaved async iteration in two tasks.
    async def consume(tag, n):
        async for i in ticker(n):
            print(tag, i)

    await asyncio.gather(consume("x", 2), consume("y", 3))

    # An unfinished generator left suspended: asyncio.run closes it.
    global leftover
    leftover = ticker(5)
    print("leftover first:", await leftover.__anext__())
    return "main done"


print(asyncio.run(main()))
print("hooks after run:", sys.get_asyncgen_hooks())
