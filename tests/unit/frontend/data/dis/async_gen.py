async def agen():
    yield 1
