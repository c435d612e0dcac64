# dis of nested code: closures (MAKE_CELL, LOAD_CLOSURE, LOAD_DEREF),
# lambdas, comprehensions and generator expressions, generators, coroutines,
# default arguments and annotations (MAKE_FUNCTION flags), and the
# "Disassembly of <code object ...>:" sections after the parent; depth.
from _dishelp import show


def outer(x, y=2, *, z=3):
    count = 0

    def inner(a: int = 1) -> int:
        nonlocal count
        count += a
        return count + x

    return inner


def lambdas(items):
    key = lambda item: item[1]
    return sorted(items, key=key), list(map(lambda v, w=3: v * w, items))


def comprehensions(data):
    squares = [v * v for v in data if v % 2]
    table = {k: v for k, v in data.items()}
    unique = {v for v in data}
    gen = (v + 1 for v in data)
    nested = [(a, b) for a in data for b in data if a != b]
    return squares, table, unique, gen, nested


def generator(n):
    for i in range(n):
        received = yield i
        if received:
            yield from range(received)
    return 'end'


async def coroutine(session, urls):
    result = await session.get(urls[0])
    async with session as s:
        async for chunk in s:
            print(chunk)
    return result


def closures_in_loop():
    funcs = []
    for i in range(3):
        def f(i=i):
            return i
        funcs.append(f)
    return funcs


for function in (outer, lambdas, comprehensions, generator, coroutine,
                 closures_in_loop):
    print(function.__name__)
    show(function)
print('depth 0')
show(outer, depth=0)
print('depth 1')
show(comprehensions, depth=1)
print('generator object')
show(generator(3))
print('inner function object')
show(outer(1))
