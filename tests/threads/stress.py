"""Thread stress test (ctest threads/stress/*): many threads switching
under the GIL while they share containers under locks, create cyclic
garbage so the collector runs between switches, and run hot loops that
the JIT compiles (run with --jit=eager --jit-sync too). Exits 0 and prints
OK when every invariant holds; any failure raises (exit 1)."""
import gc
import queue
import sys
import threading

sys.setswitchinterval(0.0005)  # switch often
N_THREADS = 8
ROUNDS = 3000

shared_dict = {}
shared_list = []
lock = threading.Lock()
errors = []


class Node:
    def __init__(self, i):
        self.i = i
        self.other = None


def make_cycles(n):
    for i in range(n):
        a = Node(i)
        b = Node(i + 1)
        a.other = b
        b.other = a  # a cycle only the collector frees


def hot_loop(n):
    total = 0
    i = 0
    while i < n:
        total += i * 2 % 7
        i += 1
    return total


def worker(tid):
    try:
        expected_hot = hot_loop(2000)
        for r in range(ROUNDS):
            with lock:
                shared_dict[r % 100] = shared_dict.get(r % 100, 0) + 1
                shared_list.append(tid)
            if r % 50 == 0:
                make_cycles(20)
            if r % 300 == 0:
                if hot_loop(2000) != expected_hot:
                    raise AssertionError("hot loop result changed")
            if r % 1000 == 0:
                gc.collect(0)
    except BaseException as e:  # reported by the main thread
        errors.append(repr(e))


threads = [threading.Thread(target=worker, args=(t,)) for t in range(N_THREADS)]
for t in threads:
    t.start()
# The main thread works too.
make_cycles(500)
for t in threads:
    t.join()
assert not errors, errors
assert sum(shared_dict.values()) == N_THREADS * ROUNDS, sum(shared_dict.values())
assert len(shared_list) == N_THREADS * ROUNDS
assert all(shared_list.count(t) == ROUNDS for t in range(N_THREADS))

# Producer/consumer through a bounded queue, several of each.
q = queue.Queue(maxsize=16)
out = []
olock = threading.Lock()


def produce(base):
    for i in range(500):
        q.put(base + i)


def consume():
    while True:
        item = q.get()
        if item is None:
            return
        with olock:
            out.append(item)


producers = [threading.Thread(target=produce, args=(k * 1000,)) for k in range(4)]
consumers = [threading.Thread(target=consume) for _ in range(4)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
assert sorted(out) == sorted(k * 1000 + i for k in range(4) for i in range(500))

# Many short-lived threads (thread states created and destroyed).
count = [0]


def bump():
    with lock:
        count[0] += 1


for _ in range(5):
    batch = [threading.Thread(target=bump) for _ in range(40)]
    for t in batch:
        t.start()
    for t in batch:
        t.join()
assert count[0] == 200
assert threading.active_count() == 1, threading.enumerate()
gc.collect()
print("OK")
