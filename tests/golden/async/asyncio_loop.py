# Event loop scheduling: call_soon FIFO order, call_later by deadline,
# (deadlines of seconds, so that slow first calls - a loaded machine, or
# --jit=eager compiling each function as it is first called - do not
# reorder callbacks that are due at different times)
# run_until_complete, stop/close, exception handlers.
import asyncio

loop = asyncio.new_event_loop()
print(repr(loop).split()[1:], loop.is_running(), loop.is_closed())

out = []
loop.call_soon(out.append, "soon 1")
loop.call_later(2.0, out.append, "later 2.0")
loop.call_later(1.0, out.append, "later 1.0")
h = loop.call_soon(out.append, "cancelled soon")
loop.call_soon(out.append, "soon 2")
th = loop.call_later(0.5, out.append, "cancelled later")
h.cancel()
th.cancel()
print("handle cancelled:", h.cancelled(), th.cancelled())


def chain(n):
    out.append(f"chain {n}")
    if n < 3:
        loop.call_soon(chain, n + 1)


loop.call_soon(chain, 1)
loop.call_soon(out.append, "soon 3")
loop.call_later(3.0, loop.stop)
loop.run_forever()
print(out)

t0 = loop.time()
th = loop.call_at(t0 + 10, print, "never")
print("when matches:", th.when() == t0 + 10)
th.cancel()


async def compute(x):
    print("running inside loop:", asyncio.get_running_loop() is loop, loop.is_running())
    await asyncio.sleep(0)
    return x * 2


print("run_until_complete:", loop.run_until_complete(compute(21)))
fut = loop.create_future()
loop.call_soon(fut.set_result, "future value")
print("future:", loop.run_until_complete(fut))

# Exceptions in callbacks go to the exception handler.
def handler(lp, context):
    print("handler got:", context["message"], "|", repr(context.get("exception")))


loop.set_exception_handler(handler)
print(loop.get_exception_handler() is handler)


def bad_callback():
    raise ValueError("callback failed")


loop.call_soon(bad_callback)
loop.call_soon(loop.stop)
loop.run_forever()
loop.call_exception_handler({"message": "custom message"})
loop.set_exception_handler(None)
try:
    loop.set_exception_handler(42)
except TypeError as e:
    print("TypeError", e)

# Errors while running.
async def nested_run():
    coro = compute(1)
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print("RuntimeError", e)
    coro.close()

loop.run_until_complete(nested_run())
try:
    loop.call_later(None, print)
except TypeError as e:
    print("TypeError", e)

loop.close()
print("closed:", loop.is_closed())
loop.close()
try:
    loop.call_soon(print)
except RuntimeError as e:
    print("RuntimeError", e)
coro = compute(2)
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print("RuntimeError", e)
coro.close()

# get_event_loop / set_event_loop.
loop2 = asyncio.new_event_loop()
asyncio.set_event_loop(loop2)
print("get_event_loop:", asyncio.get_event_loop() is loop2)
print(loop2.run_until_complete(asyncio.sleep(0, "slept")))
loop2.close()
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError", e)
