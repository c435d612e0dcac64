# A line tracer printing co_name:lineno for every event, over loops,
# comprehensions, generators, exceptions and nested calls.
import sys

events = []

def tracer(frame, event, arg):
    if event == 'return':
        events.append(f"{event} {frame.f_code.co_name}:{frame.f_lineno} -> {arg!r}")
    elif event == 'exception':
        events.append(f"{event} {frame.f_code.co_name}:{frame.f_lineno} {arg[0].__name__}: {arg[1]}")
    else:
        events.append(f"{event} {frame.f_code.co_name}:{frame.f_lineno}")
    return tracer

def add(a, b):
    return a + b

def loop(n):
    total = 0
    for i in range(n):
        if i % 2:
            total = add(total, i)
        else:
            total -= 1
    while n > 0:
        n -= 1
    return total

def comp():
    return [x * x for x in range(3)]

def gen():
    yield 1
    x = 2
    yield x

def fails():
    raise KeyError("k")

def catcher():
    try:
        fails()
    except KeyError as e:
        return str(e)
    finally:
        pass

def one_liner(): return 42

class C:
    def __init__(self):
        self.v = 1
    @property
    def p(self):
        return self.v + 1

def main():
    loop(4)
    comp()
    for v in gen():
        pass
    catcher()
    one_liner()
    c = C()
    c.p
    lam = lambda q: q + 1
    lam(1)

sys.settrace(tracer)
main()
sys.settrace(None)
for e in events:
    print(e)
print(sys.gettrace())
