# global / nonlocal / name resolution and UnboundLocalError
counter = 0


def increment():
    global counter
    counter += 1
    return counter


increment(); increment()
print(counter)


def shadow():
    counter = 100
    return counter


print(shadow(), counter)


def broken():
    try:
        print(counter)
        counter = 5
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


broken()


def outer():
    x = 1

    def middle():
        nonlocal x
        x += 1

        def inner():
            nonlocal x
            x *= 10
            return x
        return inner()
    r = middle()
    return x, r


print(outer())


def make_accumulators():
    total = 0

    def add(n):
        nonlocal total
        total += n
        return total

    def get():
        return total
    return add, get


add, get = make_accumulators()
add(5); add(7)
print(get())


def create_global():
    global brand_new
    brand_new = "created"


create_global()
print(brand_new)


def del_local():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"


print(del_local())
try:
    del never_defined
except NameError as e:
    print("NameError:", e)


class C:
    attr = "class attr"

    def method(self):
        try:
            return attr
        except NameError as e:
            return f"NameError: {e}"


print(C().method())
x = "module"


def read_then_loop():
    out = []
    for x in range(2):
        out.append(x)
    return out, x


print(read_then_loop(), x)
print(sorted(k for k in globals() if not k.startswith("__"))[:6])


def uses_locals(a, b=2):
    c = a + b
    return sorted(locals().items())


print(uses_locals(1))
