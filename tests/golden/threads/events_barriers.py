# Event, Barrier and Timer: ordering enforced by synchronisation only.
import threading

# Events pass a baton: the threads print in a fixed order.
events = [threading.Event() for _ in range(4)]
lines = []


def step(i):
    events[i].wait()
    lines.append(f"step {i} in {threading.current_thread().name}")
    if i + 1 < len(events):
        events[i + 1].set()


threads = [threading.Thread(target=step, args=(i,), name=f"s{i}") for i in reversed(range(4))]
for t in threads:
    t.start()
events[0].set()
for t in threads:
    t.join()
print("\n".join(lines))

e = threading.Event()
print(e.is_set(), e.wait(0.01), e.wait(timeout=0))
e.set()
print(e.is_set(), e.wait(), e.wait(0))
e.clear()
print(e.is_set())

# Barrier: every party gets a distinct index; the action runs once per round.
rounds = []
barrier = threading.Barrier(3, action=lambda: rounds.append(len(rounds)))
indices = []
ilock = threading.Lock()


def party():
    for _ in range(2):
        i = barrier.wait()
        with ilock:
            indices.append(i)


ps = [threading.Thread(target=party) for _ in range(3)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(sorted(indices), rounds, barrier.parties, barrier.n_waiting, barrier.broken)

# A barrier that times out breaks for everybody.
b2 = threading.Barrier(2, timeout=0.02)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print("timeout ->", type(e).__name__, repr(e), b2.broken)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("still broken")
b2.reset()
print("after reset:", b2.broken)

# abort() wakes a waiting party with BrokenBarrierError.
b3 = threading.Barrier(2)
outcome = []


def waiter():
    try:
        b3.wait()
    except threading.BrokenBarrierError:
        outcome.append("broken")


w = threading.Thread(target=waiter)
w.start()
while b3.n_waiting == 0:
    pass
b3.abort()
w.join()
print(outcome, b3.broken, issubclass(threading.BrokenBarrierError, RuntimeError))

# A failing action breaks the barrier; the exception reaches its thread.
def bad_action():
    raise ValueError("action failed")


b4 = threading.Barrier(1, action=bad_action)
try:
    b4.wait()
except ValueError as e:
    print("action ->", e, b4.broken)

# Timer: runs once after its interval; cancel() prevents it.
fired = []
t1 = threading.Timer(0.01, fired.append, args=["first"])
t2 = threading.Timer(10, fired.append, args=["never"])
t3 = threading.Timer(0.01, lambda **kw: fired.append(kw), kwargs={"k": 1})
print(t1.name.startswith("Thread-"), type(t1).__name__, t1.interval)
t1.start()
t2.start()
t3.start()
t2.cancel()
for t in (t1, t2, t3):
    t.join()
print(sorted(map(str, fired)), t2.finished.is_set())
