# A call counter and a coverage-like set of executed lines, using only the
# global trace function (local tracing switched on per code object).
import sys
from collections import Counter

calls = Counter()
lines = set()

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def helper(xs):
    out = []
    for x in xs:
        if x > 2:
            out.append(x)
        else:
            out.append(-x)
    return out

def unused():
    return "never"

def local_tracer(frame, event, arg):
    if event == 'line':
        lines.add((frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno))
    return local_tracer

def global_tracer(frame, event, arg):
    calls[frame.f_code.co_name] += 1
    if frame.f_code.co_name == 'helper':
        return local_tracer
    return None

sys.settrace(global_tracer)
fib(6)
helper([1, 2, 3, 4])
sys.settrace(None)
print(sorted(calls.items()))
print(sorted(lines))
print(sys.gettrace() is None)

# The trace function sees f_locals, f_back and f_code.
seen = []
def spy(frame, event, arg):
    if event == 'call':
        back = frame.f_back.f_code.co_name if frame.f_back else None
        seen.append((frame.f_code.co_name, back, sorted(frame.f_locals.items())))
    if event == 'return':
        seen.append(('ret', frame.f_code.co_name, arg, sorted(frame.f_locals)))
    return spy

def inner(a, b=2, *args, **kw):
    c = a + b
    return c

def outer():
    return inner(1, 5, 6, k=7)

sys.settrace(spy)
outer()
sys.settrace(None)
for s in seen:
    print(s)
