# types: coroutine and async generator types are distinct from generators.
import types
async def co(): pass
async def ag(): yield 1
def gen(): yield 1
c = co()
print(type(c).__name__, types.CoroutineType.__name__, isinstance(c, types.CoroutineType), isinstance(c, types.GeneratorType))
c.close()
a = ag()
print(type(a).__name__, types.AsyncGeneratorType.__name__, isinstance(a, types.AsyncGeneratorType))
print(types.GeneratorType.__name__, types.CoroutineType is types.GeneratorType)
