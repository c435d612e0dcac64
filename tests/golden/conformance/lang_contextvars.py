import asyncio
import contextvars
import re

def clean(x):
    return re.sub(r" at 0x[0-9a-f]+", "", str(x))


request_id = contextvars.ContextVar("request_id", default="none")
user = contextvars.ContextVar("user")

print(request_id.get(), request_id.name)
try:
    user.get()
except LookupError as e:
    print("LookupError", clean(e))
print(user.get("fallback"))
tok = request_id.set("r1")
print(request_id.get(), tok.var is request_id, tok.old_value)
request_id.reset(tok)
print(request_id.get())
try:
    request_id.reset(tok)
except RuntimeError as e:
    print("RuntimeError", clean(e))
ctx = contextvars.copy_context()
def in_ctx(v):
    request_id.set(v)
    return request_id.get()
print(ctx.run(in_ctx, "inside"), request_id.get(), ctx[request_id], request_id in ctx, len(ctx) >= 1)
print(ctx.get(user, "nouser"))
t2 = request_id.set("outer")
ctx2 = contextvars.copy_context()
request_id.set("changed")
print(ctx2[request_id], request_id.get())
try:
    ctx.run(ctx.run, lambda: None)
except RuntimeError as e:
    print("RuntimeError", clean(e))

async def handler(n):
    request_id.set(f"req-{n}")
    await asyncio.sleep(0.001 * (3 - n))
    return f"{n}:{request_id.get()}"

async def main():
    request_id.set("main")
    print(await asyncio.gather(*(handler(i) for i in range(3))))
    print("main still", request_id.get())
    c = contextvars.copy_context()
    t = asyncio.create_task(handler(9), context=c) if False else asyncio.create_task(handler(9))
    print(await t, request_id.get())
    loop = asyncio.get_running_loop()
    ran = []
    loop.call_soon(lambda: ran.append(request_id.get()))
    await asyncio.sleep(0)
    print(ran)
asyncio.run(main())
print(type(tok).__name__, repr(contextvars.Token.MISSING))
try:
    contextvars.ContextVar()
except TypeError as e:
    print(e)
for args, kw in [((1,), {}), (("a", "b"), {}), ((), {"name": "x"}), (("a",), {"x": 1}), (("a",), {"default": 1, "name": 2})]:
    try:
        contextvars.ContextVar(*args, **kw)
    except TypeError as e:
        print(e)
v = contextvars.ContextVar("v", default=1)
c = contextvars.Context()
print(len(c), list(c), c.get(v), c.get(v, "d"), clean(repr(v)), contextvars.ContextVar[int])
for bad in (lambda: v.reset(5), lambda: c[1], lambda: c[v], lambda: c.run(), lambda: contextvars.Context(1),
            lambda: v.get(1, 2), lambda: v.set(), lambda: hash(c), lambda: contextvars.Token()):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, clean(e))
try:
    class X(contextvars.ContextVar):
        pass
except TypeError as e:
    print(e)
w = contextvars.ContextVar("w")
t = w.set(3)
c2 = contextvars.copy_context()
print(dict(c2.items())[w], 3 in list(c2.values()), c2.get(w), c2 == contextvars.copy_context(), w in c2)
other = contextvars.ContextVar("other")
try:
    other.reset(t)
except ValueError as e:
    print(clean(e))
def reset_elsewhere():
    try:
        w.reset(t)
    except ValueError as e:
        print(clean(e))
contextvars.copy_context().run(reset_elsewhere)
w.reset(t)
print(w.get("gone"), clean(repr(t)))
