import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i)
    await q.put(None)

async def consumer(q, out):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        out.append(item * 10)
        print("got", item)
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    out = []
    await asyncio.gather(producer(q, 4), consumer(q, out))
    print(out, q.empty(), q.qsize(), q.maxsize, q.full())
    q2 = asyncio.Queue(1)
    q2.put_nowait("a")
    try:
        q2.put_nowait("b")
    except asyncio.QueueFull:
        print("QueueFull")
    print(q2.get_nowait())
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    # join
    q3 = asyncio.Queue()
    for i in range(3):
        q3.put_nowait(i)
    async def drain():
        while not q3.empty():
            x = await q3.get()
            await asyncio.sleep(0)
            print("drained", x)
            q3.task_done()
    t = asyncio.create_task(drain())
    await q3.join()
    print("joined")
    await t
    try:
        q3.task_done()
    except ValueError as e:
        print(e)
    pq = asyncio.PriorityQueue()
    for p in [3, 1, 2]:
        pq.put_nowait((p, f"job{p}"))
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for p in "abc":
        lq.put_nowait(p)
    print([lq.get_nowait() for _ in range(3)])
    # Event
    ev = asyncio.Event()
    async def waiter(n):
        print("waiting", n)
        await ev.wait()
        print("woke", n)
    ts = [asyncio.create_task(waiter(i)) for i in range(2)]
    await asyncio.sleep(0)
    print("is_set", ev.is_set())
    ev.set()
    await asyncio.gather(*ts)
    ev.clear()
    print("cleared", ev.is_set())
    # Lock
    lock = asyncio.Lock()
    shared = []
    async def critical(n):
        async with lock:
            shared.append(f"enter{n}")
            await asyncio.sleep(0)
            shared.append(f"exit{n}")
    await asyncio.gather(*(critical(i) for i in range(3)))
    print(shared, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print(e)
    # Semaphore
    sem = asyncio.Semaphore(2)
    active = []
    peak = [0]
    async def limited(n):
        async with sem:
            active.append(n)
            peak[0] = max(peak[0], len(active))
            await asyncio.sleep(0.001)
            active.remove(n)
    await asyncio.gather(*(limited(i) for i in range(5)))
    print("peak", peak[0], sem.locked())
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print(e)
    # Condition
    cond = asyncio.Condition()
    items = []
    async def cons():
        async with cond:
            await cond.wait_for(lambda: items)
            print("condition consumed", items.pop())
    async def prod():
        await asyncio.sleep(0)
        async with cond:
            items.append("thing")
            cond.notify()
    await asyncio.gather(cons(), prod())
    try:
        cond.notify()
    except RuntimeError as e:
        print(e)

asyncio.run(main())
