# asyncio.wait and asyncio.as_completed. Delays differ by at least 0.3 s so
# that slow first calls (a loaded machine, --jit=eager compiling each
# function as it is first called) do not reorder completions.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(name + " failed")
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    tasks = [asyncio.create_task(job(f"j{i}", d), name=f"j{i}") for i, d in enumerate([1.0, 0.05, 0.6])]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", names(done), "pending:", names(pending))
    done, pending = await asyncio.wait(tasks)
    print("all completed:", names(done), "pending:", names(pending))
    print(sorted(t.result() for t in done))

    tasks = [asyncio.create_task(job("ok", 0.02), name="ok"),
             asyncio.create_task(job("bad", 0.1, fail=True), name="bad"),
             asyncio.create_task(job("late", 10), name="late")]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", names(done), "pending:", names(pending))
    for t in done:
        if t.exception():
            print("exception:", t.exception())
    done, pending = await asyncio.wait(pending, timeout=0.3)
    print("after timeout:", names(done), "pending:", names(pending))
    for t in pending:
        t.cancel()

    # Errors.
    for bad in ([], job("x", 0)):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
        if asyncio.iscoroutine(bad):
            bad.close()
    coro = job("c", 0)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError", e)
    coro.close()
    t = asyncio.create_task(job("t", 0))
    try:
        await asyncio.wait([t], return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError", e)
    await t

    # as_completed yields results in completion order.
    order = []
    for fut in asyncio.as_completed([job("c", 1.0), job("a", 0.02), job("b", 0.5)]):
        order.append(await fut)
    print("as_completed:", order)
    try:
        for fut in asyncio.as_completed([job("slowest", 20)], timeout=0.3):
            await fut
    except asyncio.TimeoutError:
        print("as_completed timed out")
    return "done"


print(asyncio.run(main()))
