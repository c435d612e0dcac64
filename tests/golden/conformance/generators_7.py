# Generator-based coroutines: averager with send, grep filter, broadcast, and a round-robin scheduler
def averager():
    total, count, avg = 0.0, 0, None
    while True:
        value = yield avg
        if value is None:
            return (count, avg)
        total += value
        count += 1
        avg = total / count


avg = averager()
next(avg)
for v in [10, 30, 5, 15]:
    print(f"sent {v}, average {avg.send(v):.2f}")
try:
    avg.send(None)
except StopIteration as e:
    print("final", e.value)


def coroutine(fn):
    def start(*args, **kwargs):
        g = fn(*args, **kwargs)
        next(g)
        return g
    return start


@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)


@coroutine
def collector(store):
    while True:
        store.append((yield))


@coroutine
def broadcast(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)


found_py, found_err = [], []
b = broadcast([grep("python", collector(found_py)), grep("error", collector(found_err))])
for line in ["python rocks", "an error occurred", "python error!", "nothing here"]:
    b.send(line)
print(found_py, found_err)


def task(name, steps):
    for i in range(steps):
        yield f"{name} step {i}"
    return f"{name} done"


def scheduler(tasks):
    queue = list(tasks)
    while queue:
        t = queue.pop(0)
        try:
            print(next(t))
            queue.append(t)
        except StopIteration as stop:
            print("finished:", stop.value)


scheduler([task("A", 2), task("B", 3), task("C", 1)])
gen = averager()
print(gen.send(None), gen.gi_running if hasattr(gen, "gi_running") else "", type(gen).__name__)
gen.close()
try:
    gen.send(1)
except StopIteration:
    print("closed generator raises StopIteration")
