async def f():
    return [x async for x in y]
def g():
    [x async for x in y]
