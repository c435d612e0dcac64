# queue: producer/consumer with Queue, task_done/join, bounded queues,
# LIFO and priority order, SimpleQueue, timeouts and the Empty/Full errors.
import queue
import threading

q = queue.Queue()
results = []
rlock = threading.Lock()


def producer(base):
    for i in range(20):
        q.put(base + i)


def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with rlock:
            results.append(item * item)
        q.task_done()


producers = [threading.Thread(target=producer, args=(b,)) for b in (0, 100, 200)]
consumers = [threading.Thread(target=consumer) for _ in range(4)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
q.join()
print("all processed:", len(results), sum(results), q.unfinished_tasks, q.empty())
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
print(q.qsize(), q.empty(), q.unfinished_tasks)

# Bounded queue: put blocks until a consumer makes room.
bq = queue.Queue(maxsize=2)
order = []


def slow_consumer():
    for _ in range(5):
        order.append(("got", bq.get()))


c = threading.Thread(target=slow_consumer)
c.start()
for i in range(5):
    bq.put(i)
c.join()
print(sorted(order), bq.full(), bq.maxsize)

# Non-blocking and timed operations.
small = queue.Queue(1)
small.put("x")
print(small.full(), small.qsize())
for label, call in [
    ("put_nowait", lambda: small.put_nowait("y")),
    ("put timeout", lambda: small.put("y", timeout=0.01)),
    ("put block=False", lambda: small.put("y", False)),
    ("put negative timeout", lambda: small.put("y", timeout=-1)),
]:
    try:
        call()
    except queue.Full as e:
        print(label, "->", type(e).__name__, repr(e))
    except ValueError as e:
        print(label, "->", type(e).__name__, e)
print(small.get_nowait())
for label, call in [
    ("get_nowait", small.get_nowait),
    ("get timeout", lambda: small.get(timeout=0.01)),
    ("get negative timeout", lambda: small.get(timeout=-1)),
]:
    try:
        call()
    except queue.Empty as e:
        print(label, "->", type(e).__name__, repr(e))
    except ValueError as e:
        print(label, "->", type(e).__name__, e)
try:
    small.task_done()
    small.task_done()
except ValueError as e:
    print("task_done ->", e)
print(queue.Empty.__module__, queue.Full.__module__, issubclass(queue.Empty, Exception))

# A get() that waits for a put() from another thread.
later = queue.Queue()
timer = threading.Timer(0.02, later.put, args=("late item",))
timer.start()
print(later.get(timeout=5))
timer.join()

# LIFO and priority orders.
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for item in [3, 1, 4, 1, 5, 9, 2, 6]:
    lq.put(item)
    pq.put((item % 3, item))
print([lq.get() for _ in range(lq.qsize())])
print([pq.get() for _ in range(pq.qsize())])

# SimpleQueue.
sq = queue.SimpleQueue()
print(type(sq).__name__, sq.empty(), sq.qsize())
for i in range(3):
    sq.put(i)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.get(False), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue empty")
try:
    sq.get(timeout=-1)
except ValueError as e:
    print("SimpleQueue ->", e)
print(queue.Queue[int], queue.SimpleQueue[str])

# Many threads feeding one SimpleQueue.
sq2 = queue.SimpleQueue()
feeders = [threading.Thread(target=lambda k=k: [sq2.put(k * 10 + j) for j in range(10)]) for k in range(5)]
for f in feeders:
    f.start()
got = sorted(sq2.get(timeout=5) for _ in range(50))
for f in feeders:
    f.join()
print(got == list(range(50)))
