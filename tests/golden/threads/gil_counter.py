# CPU-bound threads under the GIL: every thread runs to completion, locks
# keep shared counters exact, and switching happens (threads interleave)
# without any output depending on the schedule.
import sys
import threading

print(sys.getswitchinterval())
for bad in (0, -1, 0.0):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("setswitchinterval", bad, "->", e)
try:
    sys.setswitchinterval("x")
except TypeError as e:
    print("setswitchinterval str ->", e)
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())

# Shared counter protected by a lock.
counter = 0
lock = threading.Lock()


def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


threads = [threading.Thread(target=add, args=(20000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter:", counter)

# Shared dict and list, one lock.
data = {}
log = []
dlock = threading.Lock()


def fill(tag):
    for i in range(3000):
        with dlock:
            data[(tag, i % 50)] = data.get((tag, i % 50), 0) + 1
            log.append(tag)


ts = [threading.Thread(target=fill, args=(k,)) for k in "abcd"]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(data), sum(data.values()), sorted(set(data.values())), len(log), sorted(set(log)))

# Pure CPU work in parallel threads: each result is deterministic.


def collatz_steps(limit, out, idx):
    best = (0, 0)
    for n in range(1, limit):
        steps, x = 0, n
        while x != 1:
            x = x // 2 if x % 2 == 0 else 3 * x + 1
            steps += 1
        if steps > best[0]:
            best = (steps, n)
    out[idx] = best


results = [None] * 3
workers = [threading.Thread(target=collatz_steps, args=(lim, results, i)) for i, lim in enumerate((3000, 6000, 9000))]
for w in workers:
    w.start()
for w in workers:
    w.join()
print("collatz:", results)

# Two busy threads take turns: each records when it saw the other make
# progress; with the GIL switching, both see the other advance.
progress = [0, 0]
stop = threading.Event()
saw_other = [False, False]


def spinner(me):
    other = 1 - me
    start_other = progress[other]
    i = 0
    while not stop.is_set():
        progress[me] += 1
        i += 1
        if progress[other] != start_other:
            saw_other[me] = True
        if i > 50000 and all(saw_other):
            stop.set()


s0 = threading.Thread(target=spinner, args=(0,))
s1 = threading.Thread(target=spinner, args=(1,))
s0.start()
s1.start()
s0.join()
s1.join()
print("both threads made progress while the other ran:", saw_other)
