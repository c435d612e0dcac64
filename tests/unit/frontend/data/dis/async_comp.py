async def f(aiter):
    a = [x async for x in aiter]
    b = [await y for y in aiter]
    c = (z async for z in aiter)
    return a, b, c
