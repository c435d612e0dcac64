# threading.Thread: targets, subclasses, names, join, is_alive, daemon,
# the thread registry and the errors of misuse.
import threading

results = []


def worker(n, scale=1):
    results.append((threading.current_thread().name, n * scale))


t = threading.Thread(target=worker, args=(3,), kwargs={"scale": 10})
print(repr(t))
print(t.name, t.ident, t.native_id, t.is_alive(), t.daemon)
t.start()
t.join()
print(results)
print(t.is_alive(), type(t.ident).__name__, type(t.native_id).__name__)
print(repr(t).startswith("<Thread(Thread-1 (worker), stopped "))


class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"counter-{n}")
        self.n = n
        self.total = None

    def run(self):
        self.total = sum(range(self.n))


threads = [Counter(n) for n in (10, 100, 1000)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print([(th.name, th.total) for th in threads])

# Default names count up; a target adds its name in parentheses.
a = threading.Thread()
b = threading.Thread(target=len)
c = threading.Thread(name=42)
d = threading.Thread(target=worker, daemon=True)
print(a.name, "|", b.name, "|", c.name, "|", d.name, d.daemon)
print(repr(d))

# The main thread.
main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.daemon, main.is_alive())
print(threading.current_thread().ident == threading.get_ident())
print(threading.active_count(), [x.name for x in threading.enumerate()])
print(type(threading.get_native_id()).__name__, threading.TIMEOUT_MAX > 1e9)

# A thread sees itself as current_thread(); enumerate shows it while alive.
seen = []
gate = threading.Event()
go_on = threading.Event()


def watcher():
    seen.append(threading.current_thread().name)
    gate.set()
    go_on.wait()


w = threading.Thread(target=watcher, name="watcher")
w.start()
gate.wait()
print(seen, w.is_alive(), sorted(x.name for x in threading.enumerate()), threading.active_count())
go_on.set()
w.join()
print(w.is_alive(), threading.active_count())

# join with a timeout on a thread that is still busy.
release = threading.Event()
slow = threading.Thread(target=release.wait, name="slow")
slow.start()
slow.join(0.05)
print("after timed join:", slow.is_alive())
release.set()
slow.join()
print("after join:", slow.is_alive())

# Misuse.
fresh = threading.Thread(target=worker, args=(1,))
for label, action in [
    ("join before start", fresh.join),
    ("join current", threading.current_thread().join),
]:
    try:
        action()
    except RuntimeError as e:
        print(label, "->", type(e).__name__, e)
fresh.start()
fresh.join()
try:
    fresh.start()
except RuntimeError as e:
    print("start twice ->", e)
try:
    fresh.daemon = True
except RuntimeError as e:
    print("daemon after start ->", e)
try:
    threading.Thread(group=1)
except AssertionError as e:
    print("group ->", e)


class NoInit(threading.Thread):
    def __init__(self):
        pass


try:
    NoInit().start()
except RuntimeError as e:
    print("no init ->", e)

# A thread's name can change; the target's return value is ignored.
r = threading.Thread(target=lambda: 42)
r.name = "renamed"
r.start()
r.join()
print(r.name, r.is_alive())
print(sorted(results))
