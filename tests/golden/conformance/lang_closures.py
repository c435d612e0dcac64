def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def make_multipliers():
    return [lambda x: x * i for i in range(3)]
print([f(10) for f in make_multipliers()])
def bank(balance):
    def deposit(v):
        nonlocal balance
        balance += v
        return balance
    def withdraw(v):
        nonlocal balance
        if v > balance:
            raise ValueError("insufficient funds")
        balance -= v
        return balance
    return deposit, withdraw
dep, wd = bank(100)
print(dep(50), wd(30))
try:
    wd(1000)
except ValueError as e:
    print(e)
print(dep.__closure__[0].cell_contents, dep.__code__.co_freevars)
def outer():
    x = "outer"
    def mid():
        x = "mid"
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    return mid(), x
print(outer())
def counter_gen():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = counter_gen()
inc(); inc(); inc()
print(get())
def memo(fn):
    cache = {}
    def wrapped(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapped.cache = cache
    return wrapped
@memo
def slow_sq(n):
    return n * n
print(slow_sq(4), slow_sq(4), slow_sq.cache)
x = 0
def glob():
    global x
    x = 5
    def inner():
        return x
    return inner()
print(glob(), x)
def cell_after_loop():
    fns = []
    for i in range(3):
        def f():
            return i
        fns.append(f)
    i = 99
    return [f() for f in fns]
print(cell_after_loop())
def comp_closure():
    y = 10
    return [(lambda: y + k)() for k in range(3)]
print(comp_closure())
def nested_comp():
    return [[i * j for j in range(3)] for i in range(3)]
print(nested_comp())
def empty_cell():
    def inner():
        return late
    try:
        inner()
    except NameError as e:
        print(e)
    late = 1
    return inner()
print(empty_cell())
def cell_repr():
    v = 1
    def f():
        return v
    return f.__closure__[0]
c = cell_repr()
print(type(c).__name__, c.cell_contents)
c.cell_contents = 2
print(c.cell_contents)
def make_empty():
    def f():
        return z
    z = 1
    del z
    return f
try:
    make_empty()()
except NameError as e:
    print(e)
try:
    make_empty().__closure__[0].cell_contents
except ValueError as e:
    print(e)
def acc():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add
a = acc()
print(a(1), a(2), a(3))
def generator_closure(n):
    def g():
        for i in range(n):
            yield i * n
    return g
print(list(generator_closure(3)()))
class K:
    v = "class attr"
    def m(self):
        return (lambda: self.v)()
print(K().m())
def shadow_builtin():
    len = lambda x: "shadowed"
    return len([1])
print(shadow_builtin(), len([1]))
