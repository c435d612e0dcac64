import gc
async def job():
    return 1
async def other(x):
    return x
def make():
    job()
make()
print("after make")
c = other(5)
del c
print("after del")
c2 = job()
c2.close()
del c2
print("closed one is silent")
c3 = job()
try:
    c3.send(None)
except StopIteration as e:
    print("ran", e.value)
del c3
async def awaits_twice():
    c = job()
    await c
    try:
        await c
    except RuntimeError as e:
        print(e)
co = awaits_twice()
try:
    co.send(None)
except StopIteration:
    pass
def gen():
    yield
g = gen()
del g
print("generators never warn")
