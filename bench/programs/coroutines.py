"""coroutines: `async def` functions awaiting each other, driven by hand.

A recursive coroutine computes Fibonacci numbers by awaiting its two
sub-results; a tiny round-robin scheduler runs a set of worker coroutines
that suspend through a custom awaitable (an object whose __await__ is a
generator) and hand values over through shared queues. No event loop
library is used: the driver calls send(None) until StopIteration.
"""
import sys

DEFAULT_SIZE = 32
SMOKE_SIZE = 10
WORKERS = 8


async def afib(n):
    if n < 2:
        return n
    return await afib(n - 1) + await afib(n - 2)


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


class Suspend:
    """Awaiting this yields control back to the scheduler once."""

    def __await__(self):
        yield self


class Scheduler:
    def __init__(self):
        self.ready = []
        self.switches = 0

    def spawn(self, coro):
        self.ready.append(coro)

    def run(self):
        results = []
        while self.ready:
            coro = self.ready.pop(0)
            try:
                coro.send(None)
            except StopIteration as stop:
                results.append(stop.value)
                continue
            self.switches += 1
            self.ready.append(coro)
        return results


async def worker(ident, inbox, outbox, steps):
    total = 0
    for i in range(steps):
        while not inbox:
            await Suspend()
        value = inbox.pop(0)
        total += value
        outbox.append((value * 31 + ident + i) % 1009)
        await Suspend()
    return total


def ring(steps):
    queues = [[] for _ in range(WORKERS)]
    queues[0].extend(range(WORKERS))
    sched = Scheduler()
    for i in range(WORKERS):
        sched.spawn(worker(i, queues[i], queues[(i + 1) % WORKERS], steps))
    results = sched.run()
    return sum(results), sched.switches


def main(n):
    value = run(afib(n))
    total, switches = ring(n * n * 60)
    return "coroutines %d: afib %d, ring total %d after %d switches" % (n, value, total, switches)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE))
