# Closures: counters, nonlocal, cell sharing
def make_counter(start=0, step=1):
    count = start

    def inc():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    def get():
        return count

    return inc, reset, get


inc, reset, get = make_counter(10, 5)
print(inc(), inc(), get())
reset()
print(get(), inc())
inc2, _, get2 = make_counter()
inc2()
print(get(), get2())
print(inc.__closure__ is not None, len(inc.__closure__), inc.__code__.co_freevars)


def adders():
    result = []
    for i in range(4):
        def add(x, i=i):
            return x + i
        result.append(add)
    return result


print([f(100) for f in adders()])


def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    i = 99
    return [f() for f in fs]


print(late())


def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner

    x = "changed"
    return middle()()


print(outer())


def broken():
    def use():
        return y
    try:
        use()
    except NameError as e:
        print("NameError:", e)
    y = 1
    return use()


print(broken())


def counter_gen():
    n = 0

    def bump():
        nonlocal n
        n += 1
        return n
    while n < 3:
        yield bump()


print(list(counter_gen()))
g = 0


def set_global():
    global g
    g += 1
    return g


print(set_global(), set_global(), g)
