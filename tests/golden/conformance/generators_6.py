# Coroutine-style code with async/await driven by a hand-written scheduler
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        yield self.ticks
        return self.ticks


async def worker(name, steps):
    done = 0
    for i in range(steps):
        waited = await Sleep(i + 1)
        done += waited
        print(f"{name}: step {i} waited {waited}")
    return f"{name} finished after {done} ticks"


def run_all(coros):
    queue = [(0, i, c) for i, c in enumerate(coros)]
    results = {}
    now = 0
    while queue:
        queue.sort(key=lambda t: (t[0], t[1]))
        now, idx, coro = queue.pop(0)
        try:
            delay = coro.send(None)
        except StopIteration as stop:
            results[idx] = stop.value
            print(f"t={now}: task {idx} done")
        else:
            queue.append((now + delay, idx, coro))
    return [results[i] for i in sorted(results)]


print(run_all([worker("a", 3), worker("b", 2)]))


async def compute(x):
    return x * x


async def total(n):
    s = 0
    for i in range(n):
        s += await compute(i)
    return s


c = total(5)
try:
    c.send(None)
except StopIteration as e:
    print("total:", e.value)
print(type(c).__name__)
