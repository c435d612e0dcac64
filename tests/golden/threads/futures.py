# concurrent.futures with threads: map, submit, as_completed, wait,
# exceptions, cancellation, shutdown and the with-statement.
import concurrent.futures as cf
import threading
import time


def square(x):
    return x * x


def fail(x):
    raise ValueError(f"bad {x}")


with cf.ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(square, range(10))))
    print(list(ex.map(pow, [2, 3, 4], [5, 6, 7])))
    futs = [ex.submit(square, i) for i in range(8)]
    print(sorted(f.result() for f in cf.as_completed(futs)))
    print([f.done() for f in futs])
    bad = ex.submit(fail, 7)
    print(type(bad.exception()).__name__, bad.exception())
    try:
        bad.result()
    except ValueError as e:
        print("result raised:", e)
    done, not_done = cf.wait(futs + [bad])
    print(len(done), len(not_done))
    kw = ex.submit(lambda a, b=0: a - b, 10, b=3)
    print(kw.result(timeout=5))
    print(ex._max_workers, ex._thread_name_prefix.startswith("ThreadPoolExecutor-"))

# Worker threads are named after the executor.
names = set()
with cf.ThreadPoolExecutor(2, thread_name_prefix="pool") as ex:
    for f in [ex.submit(lambda: threading.current_thread().name) for _ in range(6)]:
        names.add(f.result())
print(sorted(names) <= ["pool_0", "pool_1"], all(n.startswith("pool_") for n in names))

# The executor refuses work after shutdown.
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print(e)
for bad_args in [dict(max_workers=0), dict(initializer=5)]:
    try:
        cf.ThreadPoolExecutor(**bad_args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# An initializer runs once per worker thread.
inits = []
with cf.ThreadPoolExecutor(1, initializer=inits.append, initargs=("init",)) as ex:
    print(ex.submit(len, "abc").result(), list(ex.map(len, ["a", "bb"])))
print(inits)

# Futures directly: states, callbacks, cancel.
f = cf.Future()
print(f.running(), f.done(), f.cancelled(), repr(f).endswith("state=pending>"))
calls = []
f.add_done_callback(lambda fut: calls.append(("cb", fut.result())))
print(f.set_running_or_notify_cancel(), f.running(), f.cancel())
f.set_result(42)
print(f.done(), f.result(), calls, repr(f).endswith("state=finished returned int>"))
try:
    f.set_result(1)
except cf.InvalidStateError as e:
    print(type(e).__name__, str(e).startswith("FINISHED: <Future at"))
g = cf.Future()
print(g.cancel(), g.cancelled(), g.done())
try:
    g.result()
except cf.CancelledError as e:
    print("cancelled ->", type(e).__name__, cf.CancelledError.__mro__[1].__name__)
try:
    cf.Future().result(timeout=0.01)
except cf.TimeoutError as e:
    print("timeout ->", type(e).__name__, cf.TimeoutError is TimeoutError)
h = cf.Future()
h.set_exception(KeyError("k"))
print(repr(h).endswith("state=finished raised KeyError>"), repr(h.exception()))

# wait() with FIRST_COMPLETED / FIRST_EXCEPTION, and a timeout.
gate = threading.Event()
with cf.ThreadPoolExecutor(2) as ex:
    slow = ex.submit(gate.wait)
    quick = ex.submit(square, 5)
    done, pending = cf.wait([slow, quick], return_when=cf.FIRST_COMPLETED)
    print(quick in done, slow in pending)
    done, pending = cf.wait([slow], timeout=0.01)
    print(len(done), len(pending))
    try:
        for _ in cf.as_completed([slow], timeout=0.01):
            pass
    except cf.TimeoutError as e:
        print("as_completed ->", e)
    gate.set()
    err = ex.submit(fail, 1)
    done, pending = cf.wait([slow, err], return_when=cf.FIRST_EXCEPTION)
    print(err in done)
try:
    cf.wait([], return_when="SOMETIMES")
except ValueError as e:
    print(e)
print(cf.wait([]))

# shutdown(cancel_futures=True) cancels what has not started.
block = threading.Event()
ex = cf.ThreadPoolExecutor(1)
first = ex.submit(block.wait)
queued = [ex.submit(square, i) for i in range(3)]
time.sleep(0.01)
threading.Timer(0.05, block.set).start()
ex.shutdown(wait=True, cancel_futures=True)
print(first.result(), [q.cancelled() for q in queued])

# map() stops early: the remaining futures are cancelled; errors surface in order.
with cf.ThreadPoolExecutor(2) as ex:
    it = ex.map(lambda x: 10 // x, [5, 2, 0, 1])
    print(next(it), next(it))
    try:
        next(it)
    except ZeroDivisionError as e:
        print("map ->", e)
