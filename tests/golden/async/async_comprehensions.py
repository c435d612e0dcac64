# Asynchronous comprehensions and generator expressions.
import types


@types.coroutine
def suspend(v=None):
    return (yield v)


def run(coro):
    try:
        value = coro.send(None)
        while True:
            value = coro.send(None)
    except StopIteration as e:
        return e.value


async def arange(n):
    for i in range(n):
        await suspend()
        yield i


async def square(x):
    await suspend()
    return x * x


async def main():
    print([x async for x in arange(5)])
    print({x % 3 async for x in arange(10)})
    print({x: x * 2 async for x in arange(4)})
    print([x async for x in arange(10) if x % 3 == 0])
    print([await square(x) for x in range(4)])
    print([await square(x) async for x in arange(4) if await square(x) > 1])
    print([(x, y) async for x in arange(3) for y in range(x)])
    print([(x, y) for x in range(3) async for y in arange(x)] if False else "nested sync outer skipped")
    print([[y async for y in arange(x)] async for x in arange(4)])
    agen = (x * 10 async for x in arange(3))
    print(type(agen).__name__)
    print([v async for v in agen])
    doubled = (await square(x) for x in range(3))
    print(type(doubled).__name__, [v async for v in doubled])
    total = 0
    async for v in (x async for x in arange(5) if x):
        total += v
    print("total", total)
    # Variables in comprehensions don't leak.
    x = "outer"
    _ = [x async for x in arange(2)]
    print(x)
    return "done"


print(run(main()))


# Async comprehensions over non-async iterables fail at run time.
async def bad():
    return [x async for x in [1, 2]]


try:
    run(bad())
except TypeError as e:
    print("TypeError", e)
