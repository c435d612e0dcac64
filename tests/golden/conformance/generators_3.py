# yield from, delegation and return values
def inner(n):
    for i in range(n):
        received = yield i
        if received:
            print("inner received", received)
    return n * 10


def outer():
    r1 = yield from inner(2)
    print("r1 =", r1)
    r2 = yield from inner(3)
    print("r2 =", r2)
    return r1 + r2


g = outer()
print(next(g))
print(g.send("hello"))
for x in g:
    print("loop", x)


def flatten(items):
    for it in items:
        if isinstance(it, (list, tuple)):
            yield from flatten(it)
        else:
            yield it


print(list(flatten([1, [2, [3, (4, 5)], []], 6, [[[7]]]])))


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain("ab", [1, 2], range(3), {"k": 1})))


def delegator():
    try:
        yield from inner(5)
    except ZeroDivisionError:
        print("delegator caught")
        yield "recovered"


d = delegator()
print(next(d), next(d))
print(d.throw(ZeroDivisionError))
print(list(d))


def gen_with_return():
    yield 1
    return [1, 2]


def wrapper():
    result = yield from gen_with_return()
    yield result


print(list(wrapper()))


def tree(depth, prefix=""):
    if depth == 0:
        yield prefix
        return
    for ch in "LR":
        yield from tree(depth - 1, prefix + ch)


print(list(tree(3)))
