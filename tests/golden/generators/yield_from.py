# yield from: delegation, return values, send passthrough, recursion via delegation.
def inner():
    x = yield "inner-1"
    print("inner received", x)
    yield "inner-2"
    return "inner-result"
def outer():
    result = yield from inner()
    print("outer got", result)
    yield "outer-end"
g = outer()
print(next(g))
print(g.send("sent-value"))
print(next(g))
try:
    next(g)
except StopIteration:
    print("outer exhausted")
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * 10 for x in range(2)))))
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4, [5]]]], 6, [[7]]])))
def tree(n, depth=0):
    yield "  " * depth + str(n)
    for child in range(n):
        yield from tree(child, depth + 1)
print("\n".join(tree(3)))
def delegate_throw():
    try:
        yield from inner()
    except ValueError as e:
        yield f"outer handled {e}"
d = delegate_throw()
next(d)
print(d.throw(ValueError("thrown")))
