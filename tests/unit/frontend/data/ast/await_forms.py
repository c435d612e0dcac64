async def f():
    x = await y
    await a.b()
    return await c ** 2
