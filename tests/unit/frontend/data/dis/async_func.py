async def f(x):
    await x
    async with x as y:
        pass
    async for i in y:
        print(i)
