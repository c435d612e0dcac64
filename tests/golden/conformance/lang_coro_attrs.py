import types

async def a():
    return 1

async def b():
    x = await a()
    return x + 1

c = b()
print(type(c).__name__, c.cr_running, c.cr_await, c.cr_code.co_name, c.__qualname__)
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
print(c.cr_frame)

class Fut:
    def __await__(self):
        v = yield "tick"
        return v

async def w():
    r = await Fut()
    return r * 2
co = w()
print(co.send(None))
print(type(co.cr_await).__name__)
try:
    co.send(21)
except StopIteration as e:
    print("value", e.value)

co = w()
co.send(None)
try:
    co.throw(ValueError("boom"))
except ValueError as e:
    print("thrown", e)

co = w()
co.close()
print("closed", co.cr_frame)
try:
    co.send(None)
except RuntimeError as e:
    print(e)

async def nonawait():
    await 5
try:
    nonawait().send(None)
except TypeError as e:
    print(e)

class BadAwait:
    def __await__(self):
        return 5
async def nb():
    await BadAwait()
try:
    nb().send(None)
except TypeError as e:
    print(e)

try:
    iter(a())
except TypeError as e:
    print(e)
x = a()
try:
    next(x)
except TypeError as e:
    print(e)
x.close()

@types.coroutine
def legacy():
    v = yield "legacy"
    return v
async def use_legacy():
    return await legacy()
u = use_legacy()
print(u.send(None))
try:
    u.send("hi")
except StopIteration as e:
    print(e.value)

async def ag():
    yield 1
    yield 2
g = ag()
print(type(g).__name__, g.ag_running, g.ag_code.co_name, g.ag_await)
an = g.__anext__()
try:
    an.send(None)
except StopIteration as e:
    print("first", e.value)
