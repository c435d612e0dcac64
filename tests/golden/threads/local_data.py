# threading.local: one attribute namespace per thread; a subclass's
# __init__ runs again in each thread that uses the object.
import threading

data = threading.local()
data.x = "main"
print(type(data).__name__, type(data).__module__, data.x, data.__dict__)
seen = {}
lock = threading.Lock()


def worker(n):
    with lock:
        seen[n] = hasattr(data, "x")
    data.x = n
    data.y = n * 2
    total = 0
    for _ in range(1000):
        total += data.x
    with lock:
        seen[n] = (seen[n], data.x, data.y, total, sorted(data.__dict__))


ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen.items()))
print(data.x, hasattr(data, "y"))
try:
    data.missing
except AttributeError as e:
    print(e)
del data.x
try:
    del data.x
except AttributeError as e:
    print(e)
try:
    data.__dict__ = {}
except AttributeError as e:
    print(e)
try:
    threading.local(1)
except TypeError as e:
    print(e)


class Counter(threading.local):
    created = 0

    def __init__(self, start):
        Counter.created += 1
        self.value = start

    def bump(self):
        self.value += 1
        return self.value

    @property
    def doubled(self):
        return self.value * 2


c = Counter(10)
print(c.bump(), c.doubled, Counter.created)
out = []


def use_counter():
    out.append((c.value, c.bump(), c.bump(), c.doubled))


t = threading.Thread(target=use_counter)
t.start()
t.join()
print(out, c.value, Counter.created)
try:
    c.nothing
except AttributeError as e:
    print(e)
try:
    c.doubled = 3
except AttributeError as e:
    print(e)
