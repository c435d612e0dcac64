# os.fork with threads: in the child, only the forking thread exists; it is
# the main thread, threading's bookkeeping and locks are reset
# (threading._after_fork), and new threads can start.
import os
import sys
import threading

started = threading.Event()
release = threading.Event()
lock = threading.Lock()
rlock = threading.RLock()


def worker():
    with lock:
        started.set()
        release.wait()


t = threading.Thread(target=worker, name="worker")
t.start()
started.wait()
print("parent threads:", sorted(th.name for th in threading.enumerate()))
print("lock held by the worker:", lock.locked())


def child():
    print("child threads:", sorted(th.name for th in threading.enumerate()))
    print("child main thread is current:", threading.main_thread() is threading.current_thread())
    print("worker alive in the child:", t.is_alive())
    print("lock still locked in the child:", lock.locked())
    results = []

    def job(n):
        with rlock:
            results.append(n * n)

    workers = [threading.Thread(target=job, args=(i,)) for i in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print("child thread results:", sorted(results))
    print("child active count:", threading.active_count())
    sys.stdout.flush()


def fork_from(label):
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        print("--", label)
        child()
        os._exit(0)
    _, status = os.waitpid(pid, 0)
    print(label, "child exit code", os.waitstatus_to_exitcode(status))


fork_from("fork from the main thread")

# Forking from a non-main thread: that thread becomes the child's main thread.
out = []


def forker():
    fork_from("fork from a thread")


f = threading.Thread(target=forker, name="forker")
f.start()
f.join()
release.set()
t.join()
print("parent threads at the end:", sorted(th.name for th in threading.enumerate()))

# A child that returns normally (no os._exit) runs the usual shutdown.
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    th = threading.Thread(target=lambda: print("non-daemon thread in the child runs"))
    th.start()
    sys.exit(0)
_, status = os.waitpid(pid, 0)
print("normal child exit code", os.waitstatus_to_exitcode(status))
