# asyncio Lock, Event, Semaphore, BoundedSemaphore, Condition.
import asyncio


async def main():
    lock = asyncio.Lock()
    order = []

    async def critical(name):
        async with lock:
            order.append(name + " in")
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            order.append(name + " out")

    await asyncio.gather(*(critical(n) for n in "abc"))
    print(order)
    print(lock.locked(), await lock.acquire(), lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)

    # Event
    ev = asyncio.Event()

    async def waiter(n):
        print("waiter", n, "waiting")
        await ev.wait()
        print("waiter", n, "released")
        return n

    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("is_set:", ev.is_set())
    ev.set()
    print(await asyncio.gather(*tasks))
    print("wait on set event:", await ev.wait())
    ev.clear()
    print("cleared:", ev.is_set())

    # Semaphore
    sem = asyncio.Semaphore(2)
    active = 0
    peak = 0

    async def limited(n):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            print("limited", n, "active", active)
            await asyncio.sleep(0)
            active -= 1

    await asyncio.gather(*(limited(i) for i in range(5)))
    print("peak", peak, "locked:", sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError", e)
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError", e)

    # Condition
    cond = asyncio.Condition()
    items = []

    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: items)
            print("consumer", n, "took", items.pop(0))

    consumers = [asyncio.create_task(consumer(i)) for i in range(3)]
    await asyncio.sleep(0)
    for i in range(3):
        async with cond:
            items.append(f"item{i}")
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*consumers)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError", e)

    async def wait_notified():
        async with cond:
            return await cond.wait()

    waiters = [asyncio.create_task(wait_notified()) for _ in range(2)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    print("notify_all results:", await asyncio.gather(*waiters))
    return "done"


print(asyncio.run(main()))
