# Lock, RLock, Condition, Semaphore and BoundedSemaphore: semantics,
# timeouts against another thread, and error messages.
import threading
import _thread

lock = threading.Lock()
print(type(lock).__name__, lock.locked())
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
for label, call in [
    ("release unlocked", lock.release),
    ("timeout non-blocking", lambda: lock.acquire(False, 1)),
    ("negative timeout", lambda: lock.acquire(timeout=-2)),
    ("nan timeout", lambda: lock.acquire(timeout=float("nan"))),
    ("str timeout", lambda: lock.acquire(timeout="x")),
    ("float blocking", lambda: lock.acquire(1.5)),
    ("too many", lambda: lock.acquire(1, 2, 3)),
    ("bad keyword", lambda: lock.acquire(wait=1)),
    ("instantiate", lambda: _thread.LockType()),
]:
    try:
        print(label, "->", call())
    except Exception as e:
        print(label, "->", type(e).__name__, e)
print(lock.acquire(timeout=-1), lock.acquire(blocking=False))
lock.release()
with lock:
    print("in with:", lock.locked())
print("after with:", lock.locked())

# A lock held by another thread: timed acquires fail, then succeed.
held = threading.Lock()
taken = threading.Event()
done = threading.Event()


def holder():
    with held:
        taken.set()
        done.wait()


t = threading.Thread(target=holder)
t.start()
taken.wait()
print("held elsewhere:", held.acquire(False), held.acquire(timeout=0.02))
done.set()
print("after release:", held.acquire(timeout=5))
held.release()
t.join()

# A plain lock may be released by another thread than its owner.
handoff = threading.Lock()
handoff.acquire()
threading.Thread(target=handoff.release).start()
print("released by other thread:", handoff.acquire(timeout=5))

# RLock: reentrant, owned.
r = threading.RLock()
print(type(r).__name__, r.acquire(), r.acquire(), r._is_owned(), r._recursion_count())
r.release()
print(r._recursion_count())
r.release()
print(r._is_owned(), r._recursion_count())
try:
    r.release()
except RuntimeError as e:
    print("RLock release ->", e)
with r:
    with r:
        print("nested with:", r._recursion_count())


def other_release():
    try:
        r.release()
    except RuntimeError as e:
        out.append(str(e))


out = []
r.acquire()
th = threading.Thread(target=other_release)
th.start()
th.join()
r.release()
print("release from non-owner ->", out)

# The Python RLock behaves the same.
p = threading._PyRLock()
print(p.acquire(), p.acquire(), p._is_owned())
p.release()
p.release()
try:
    p.release()
except RuntimeError as e:
    print("PyRLock ->", e)

# Condition misuse.
cond = threading.Condition()
for label, call in [("wait", cond.wait), ("notify", cond.notify), ("notify_all", cond.notify_all)]:
    try:
        call()
    except RuntimeError as e:
        print(label, "->", e)
with cond:
    print("wait with timeout:", cond.wait(0.01))
    print("wait_for true:", cond.wait_for(lambda: 7))
    print("wait_for timeout:", cond.wait_for(lambda: 0, timeout=0.01))
print(repr(threading.Condition(threading.Lock())).startswith("<Condition(<unlocked _thread.lock object at "))

# Semaphores.
s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01))
s.release(2)
print(s.acquire(blocking=False), s._value)
for label, call in [
    ("negative", lambda: threading.Semaphore(-1)),
    ("timeout non-blocking", lambda: s.acquire(False, 1)),
    ("release 0", lambda: s.release(0)),
]:
    try:
        call()
    except ValueError as e:
        print(label, "->", e)
b = threading.BoundedSemaphore(1)
with b:
    print("bounded inside:", b._value)
try:
    b.release()
except ValueError as e:
    print("bounded ->", e)

# Semaphore limits concurrency: at most 2 workers inside at once.
sem = threading.Semaphore(2)
inside = 0
peak = 0
guard = threading.Lock()


def limited(i):
    global inside, peak
    with sem:
        with guard:
            inside += 1
            peak = max(peak, inside)
        for _ in range(2000):
            pass
        with guard:
            inside -= 1


ts = [threading.Thread(target=limited, args=(i,)) for i in range(6)]
for x in ts:
    x.start()
for x in ts:
    x.join()
print("peak inside:", peak <= 2, "now:", inside)
