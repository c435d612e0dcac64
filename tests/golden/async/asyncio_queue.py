# asyncio queues: producer/consumer, bounds, task_done/join, LIFO and priority.
import asyncio


async def producer(q, name, items):
    for item in items:
        await q.put((name, item))
        print("put", name, item, "qsize", q.qsize())
    print("producer", name, "done")


async def consumer(q, name, results):
    while True:
        item = await q.get()
        print(name, "got", item)
        results.append(item)
        await asyncio.sleep(0)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full(), q.qsize())
    results = []
    consumers = [asyncio.create_task(consumer(q, f"c{i}", results)) for i in range(2)]
    await asyncio.gather(producer(q, "p1", range(3)), producer(q, "p2", "xy"))
    await q.join()
    print("joined with", len(results), "items")
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)

    # Non-blocking operations.
    q = asyncio.Queue(1)
    q.put_nowait("a")
    try:
        q.put_nowait("b")
    except asyncio.QueueFull:
        print("QueueFull", q.full())
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty", q.empty())
    try:
        q.task_done()
        q.task_done()
    except ValueError as e:
        print("ValueError", e)
    print(str(q))
    q.put_nowait(1)
    print(str(q))

    lifo = asyncio.LifoQueue()
    for i in range(4):
        lifo.put_nowait(i)
    print("lifo:", [lifo.get_nowait() for _ in range(4)])

    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "a0")]:
        await pq.put(item)
    print("priority:", [await pq.get() for _ in range(4)])

    # A getter waiting on an empty queue is woken by put.
    q = asyncio.Queue()

    async def late_put():
        await asyncio.sleep(0)
        print("putting late")
        q.put_nowait("late item")

    asyncio.create_task(late_put())
    print("waiting for get")
    print("got", await q.get())

    # Cancelling a waiting getter.
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    getter.cancel()
    await asyncio.gather(getter, return_exceptions=True)
    print("getter cancelled:", getter.cancelled(), "waiters left:", len(q._getters))
    print(asyncio.Queue[int])
    return "done"


print(asyncio.run(main()))
