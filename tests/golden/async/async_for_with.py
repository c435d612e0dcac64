# async for / async with over user classes, and their protocol errors.
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


class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        print("__aiter__")
        return self

    async def __anext__(self):
        await suspend()
        if self.i >= self.n:
            print("__anext__ -> StopAsyncIteration")
            raise StopAsyncIteration
        self.i += 1
        return self.i


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await suspend()
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        await suspend()
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress


async def main():
    async for i in Ticker(3):
        print("tick", i)
    else:
        print("for-else ran")

    async for i in Ticker(5):
        if i == 2:
            print("break at", i)
            break
    else:
        print("not printed")

    async for i in Ticker(3):
        if i % 2:
            continue
        print("even", i)

    async with Resource("a") as name:
        print("inside", name)

    async with Resource("outer") as o, Resource("inner") as i:
        print("nested", o, i)

    async with Resource("suppressing", suppress=True):
        raise ValueError("swallowed")
    print("after suppressed error")

    try:
        async with Resource("propagating"):
            raise KeyError("escapes")
    except KeyError as e:
        print("caught", repr(e))

    def gen_in_with():
        return "x"

    async with Resource("return") as r:
        return "returned from inside " + r


print(run(main()))


async def use_with(obj):
    async with obj:
        print("body ran")


class OnlyEnter:
    async def __aenter__(self):
        return self


class SyncManager:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


class EnterNotAwaitable:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *a):
        return False


class ExitNotAwaitable:
    async def __aenter__(self):
        return self

    def __aexit__(self, *a):
        return "nope"


for obj in [1, OnlyEnter(), SyncManager(), EnterNotAwaitable(), ExitNotAwaitable()]:
    try:
        run(use_with(obj))
    except TypeError as e:
        print("TypeError", e)


# Exceptions inside async for bodies and StopAsyncIteration semantics.
class Failing:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise ValueError("anext failed")


async def failing_loop():
    try:
        async for x in Failing():
            pass
    except ValueError as e:
        return "caught " + str(e)


print(run(failing_loop()))


async def body_raises():
    try:
        async for x in Ticker(3):
            raise StopAsyncIteration("from body")
    except StopAsyncIteration as e:
        return "body StopAsyncIteration propagates: " + str(e)


print(run(body_raises()))
