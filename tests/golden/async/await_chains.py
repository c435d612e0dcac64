# Await chains driven by hand (no event loop): values flow down through
# send() and results come back up through return / StopIteration.
import types


@types.coroutine
def suspend(tag):
    received = yield tag
    return received


async def leaf(n):
    got = await suspend(("leaf", n))
    return (n, got)


async def middle(n):
    a = await leaf(n)
    b = await leaf(n + 1)
    return [a, b]


async def top():
    results = []
    for i in range(2):
        results.append(await middle(i * 10))
    return results


def drive(coro, replies):
    """Runs coro, answering each suspension with the next reply."""
    trace = []
    replies = iter(replies)
    try:
        value = coro.send(None)
        while True:
            trace.append(value)
            value = coro.send(next(replies))
    except StopIteration as stop:
        return trace, stop.value


trace, result = drive(top(), range(100, 200))
for t in trace:
    print("suspended at", t)
print("result", result)


# Exceptions travel up an await chain.
async def failing(depth):
    if depth == 0:
        await suspend("bottom")
        raise KeyError("deep")
    return await failing(depth - 1)


async def catcher():
    try:
        await failing(3)
    except KeyError as e:
        return "caught " + repr(e)


print(drive(catcher(), [None]))


# throw() reaches the innermost suspension point.
async def guarded():
    try:
        await leaf(1)
    except ValueError as e:
        print("guarded got", e)
        return await leaf(2)


c = guarded()
print(c.send(None))
print(c.throw(ValueError("injected")))
try:
    c.send("final")
except StopIteration as e:
    print("returned", e.value)


# Awaiting objects with __await__.
class Ready:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield ("ready", self.value)
        return self.value * 2


class Delegating:
    def __await__(self):
        return (yield from Ready(5).__await__())


async def use_awaitables():
    a = await Ready(3)
    b = await Delegating()
    return a + b


print(drive(use_awaitables(), [None, None]))


# Generator-based coroutines (types.coroutine) can await and be awaited.
@types.coroutine
def old_style(n):
    x = yield from leaf(n)
    return ("old", x)


async def new_style():
    return await old_style(7)


print(drive(new_style(), ["r"]))

# Return values of every kind.
async def ret(v):
    return v


for v in [None, 0, (), (1, 2), [3], StopIteration("s"), {"k": 1}]:
    try:
        ret(v).send(None)
    except StopIteration as e:
        print(type(e.value).__name__, repr(e.value))

# Deep chains.
async def chain(n):
    if n == 0:
        return await suspend("end")
    return 1 + await chain(n - 1)


print(drive(chain(50), [0]))
