# send(), throw(), close(), and generator state
def accumulator():
    total = 0
    count = 0
    while True:
        value = yield total / count if count else None
        if value is None:
            break
        total += value
        count += 1
    return total


acc = accumulator()
print(acc.send(None))
for v in [10, 20, 60]:
    print(acc.send(v))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)


def echo():
    try:
        while True:
            try:
                x = yield
                print("got", x)
            except ValueError as e:
                print("handled", e)
    finally:
        print("cleanup")


e = echo()
next(e)
e.send(1)
e.throw(ValueError("bad"))
e.send(2)
e.close()
print("closed")
try:
    e.send(3)
except StopIteration:
    print("StopIteration after close")


def fresh():
    yield 1


f = fresh()
try:
    f.send(5)
except TypeError as ex:
    print("TypeError:", ex)


def stubborn():
    while True:
        try:
            yield
        except GeneratorExit:
            print("ignoring exit")
            yield "nope"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as ex:
    print("RuntimeError:", ex)


def thrower():
    yield 1
    yield 2


t = thrower()
next(t)
try:
    t.throw(KeyError("k"))
except KeyError as ex:
    print("KeyError", ex)
print(list(t))


def selfref():
    yield next(gen)


gen = selfref()
try:
    next(gen)
except ValueError as ex:
    print("ValueError:", ex)
