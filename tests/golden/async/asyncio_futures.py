# asyncio.Future: states, results, callbacks and their order.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f, f.done(), f.cancelled(), asyncio.isfuture(f), f.get_loop() is loop)
    for method in (f.result, f.exception):
        try:
            method()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError", e)

    calls = []
    f.add_done_callback(lambda fut: calls.append(("first", fut.result())))
    f.add_done_callback(lambda fut: calls.append(("second", fut.result())))

    def removed(fut):
        calls.append("removed")

    f.add_done_callback(removed)
    f.add_done_callback(removed)
    print("removed count:", f.remove_done_callback(removed))
    f.set_result([1, 2, 3])
    print(f)
    print("callbacks before yielding:", calls)
    await asyncio.sleep(0)
    print("callbacks after yielding:", calls)
    try:
        f.set_result(0)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    # A callback added to a done future is scheduled right away.
    f.add_done_callback(lambda fut: calls.append("late"))
    await asyncio.sleep(0)
    print(calls[-1])

    g = loop.create_future()
    g.set_exception(ValueError("bad"))
    print(g, repr(g.exception()))
    try:
        g.result()
    except ValueError as e:
        print("result() raised", e)
    try:
        await g
    except ValueError as e:
        print("await raised", e)

    h = loop.create_future()
    h.set_exception(KeyError)
    print(repr(h.exception()))
    try:
        loop.create_future().set_exception(StopIteration())
    except TypeError as e:
        print("TypeError", e)

    c = loop.create_future()
    print("cancel:", c.cancel("why"), c.cancelled(), c.done(), c)
    print("cancel again:", c.cancel())
    try:
        await c
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)

    # Awaiting a future resumes when another task sets it.
    w = loop.create_future()

    async def setter():
        await asyncio.sleep(0)
        print("setting")
        w.set_result("woken")

    asyncio.create_task(setter())
    print("awaiting")
    print(await w)
    print(list(asyncio.Future[int].__args__))

    # A future from another loop cannot be awaited here.
    other = asyncio.new_event_loop()
    foreign = other.create_future()
    try:
        await foreign
    except RuntimeError as e:
        print("RuntimeError", str(e).split(" got Future ")[0][:9])
    other.close()
    return "done"


print(asyncio.run(main()))
