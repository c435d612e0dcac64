# Closures as objects: bank account without classes, event emitter, rate limiter, pipeline builder
def account(balance=0):
    history = []

    def deposit(x):
        nonlocal balance
        balance += x
        history.append(("+", x))
        return balance

    def withdraw(x):
        nonlocal balance
        if x > balance:
            raise ValueError(f"insufficient: {balance} < {x}")
        balance -= x
        history.append(("-", x))
        return balance

    def report():
        return balance, list(history)

    return {"deposit": deposit, "withdraw": withdraw, "report": report}


acct = account(100)
acct["deposit"](50)
acct["withdraw"](30)
try:
    acct["withdraw"](500)
except ValueError as e:
    print("ValueError:", e)
print(acct["report"]())


def emitter():
    handlers = {}

    def on(event, fn=None):
        def register(f):
            handlers.setdefault(event, []).append(f)
            return f
        return register(fn) if fn else register

    def emit(event, *args):
        return [h(*args) for h in handlers.get(event, [])]

    return on, emit


on, emit = emitter()


@on("greet")
def hello(name):
    return f"hello {name}"


on("greet", lambda name: f"hi {name}")
on("bye", lambda: "goodbye")
print(emit("greet", "ann"), emit("bye"), emit("nothing"))


def limiter(max_calls):
    calls = 0

    def deco(fn):
        def wrapper(*a):
            nonlocal calls
            if calls >= max_calls:
                return f"limit {max_calls} reached"
            calls += 1
            return fn(*a)
        return wrapper
    return deco


@limiter(2)
def ping(x):
    return f"pong {x}"


print([ping(i) for i in range(4)])


def pipeline(*steps):
    def run(value):
        for step in steps:
            value = step(value)
        return value
    run.steps = len(steps)
    return run


clean = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"), lambda s: s[:12])
print(clean("  Hello World Of Python  "), clean.steps)
counters = []
for i in range(3):
    def make(i=i):
        count = [i]

        def inc():
            count[0] += 1
            return count[0]
        return inc
    counters.append(make())
print([c() for c in counters], [c() for c in counters])
print([cell.cell_contents for cell in counters[0].__closure__])
