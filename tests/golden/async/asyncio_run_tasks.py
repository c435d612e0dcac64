# asyncio.run, create_task ordering, task names and results.
import asyncio


async def worker(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        await asyncio.sleep(0)
    print(f"{name} done")
    return f"{name}-result"


async def main():
    me = asyncio.current_task()
    print("main task:", me.get_name(), me.done(), me.cancelled())
    t1 = asyncio.create_task(worker("A", 3))
    t2 = asyncio.create_task(worker("B", 2), name="custom")
    t3 = asyncio.get_running_loop().create_task(worker("C", 1))
    print([t.get_name() for t in (t1, t2, t3)])
    print("before awaiting, done:", t1.done(), t2.done(), t3.done())
    print("awaited:", await t2)
    print("states:", t1.done(), t2.done(), t3.done())
    print("awaited:", await t1, await t3)
    print("result():", t1.result(), t1.exception())
    t2.set_name(12345)
    print("renamed:", t2.get_name())
    print("all_tasks is only main:", asyncio.all_tasks() == {me})
    return "main-result"


print("run returned", asyncio.run(main()))
# A second run uses a fresh loop; task numbering continues.
async def second():
    return asyncio.current_task().get_name()

print("second run main task name:", asyncio.run(second()))

# Errors.
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError", e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError", e)


async def nested():
    coro = second()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError", e)
    coro.close()


asyncio.run(nested())


# Exceptions propagate out of asyncio.run.
async def fails():
    await asyncio.sleep(0)
    raise ZeroDivisionError("in task")


try:
    asyncio.run(fails())
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


# Tasks left running are cancelled at the end of asyncio.run.
async def forever(tag):
    try:
        while True:
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        print(tag, "cancelled at shutdown")
        raise


async def leaves_task():
    asyncio.create_task(forever("background"))
    await asyncio.sleep(0)
    print("main returning")


asyncio.run(leaves_task())
w = worker("x", 0)
print(asyncio.iscoroutinefunction(worker), asyncio.iscoroutine(w), asyncio.iscoroutine(1))
w.close()
