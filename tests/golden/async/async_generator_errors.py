# Async generator misuse: the errors CPython reports.
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


async def two():
    yield 1
    yield 2


async def main():
    # Reusing an asend awaitable.
    g = two()
    a = g.asend(None)
    print(await a)
    try:
        await a
    except RuntimeError as e:
        print("RuntimeError", e)
    # Reusing an aclose awaitable.
    c = g.aclose()
    await c
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError", e)

    # Ignoring GeneratorExit.
    async def stubborn():
        try:
            yield 1
        finally:
            yield 2

    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError", e)

    # StopAsyncIteration / StopIteration raised inside.
    async def raises_sai():
        yield 1
        raise StopAsyncIteration

    r = raises_sai()
    await r.__anext__()
    try:
        await r.__anext__()
    except RuntimeError as e:
        print("RuntimeError", e, type(e.__cause__).__name__)

    async def raises_si():
        yield 1
        raise StopIteration

    r = raises_si()
    await r.__anext__()
    try:
        await r.__anext__()
    except RuntimeError as e:
        print("RuntimeError", e)

    # Sending a non-None value first.
    try:
        await two().asend(5)
    except TypeError as e:
        print("TypeError", e)

    # Running concurrently.
    async def slow():
        await suspend()
        yield 1

    sg = slow()
    first = sg.__anext__()
    first.send(None)  # now suspended inside the generator
    try:
        await sg.__anext__()
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        await sg.aclose()
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        await sg.athrow(ValueError)
    except RuntimeError as e:
        print("RuntimeError", e)
    first.close()

    # athrow with bad arguments.
    try:
        await two().athrow()
    except TypeError as e:
        print("TypeError", e)

    # Exceptions raised in the body propagate to the awaiter.
    async def broken():
        yield 1
        raise ValueError("broken body")

    out = []
    try:
        async for v in broken():
            out.append(v)
    except ValueError as e:
        print("ValueError", e, out)

    # A closed generator's aclose/athrow.
    done = two()
    async for _ in done:
        pass
    print("aclose on exhausted:", await done.aclose())
    try:
        await done.athrow(ValueError)
    except StopAsyncIteration:
        print("athrow on exhausted: StopAsyncIteration")
    return "end"


print(run(main()))


# async for over objects that are not async iterables.
async def bad_for(obj):
    async for x in obj:
        pass


class NoAnext:
    def __aiter__(self):
        return self


class AnextNotAwaitable:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 42


for obj in [1, [1, 2], two, NoAnext(), AnextNotAwaitable()]:
    try:
        run(bad_for(obj))
    except TypeError as e:
        print("TypeError", e, "| cause:", repr(e.__cause__))

# A synchronous for over an async generator.
try:
    for x in two():
        pass
except TypeError as e:
    print("TypeError", e)
