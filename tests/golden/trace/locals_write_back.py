# A trace function's writes to frame.f_locals reach the function's fast
# locals when it returns (CPython 3.11's PyFrame_LocalsToFast after every
# trace call), including cell variables; deleting a name from f_locals
# unbinds the local.
import sys


def tracer(frame, event, arg):
    if frame.f_code.co_name not in ("target", "with_cell", "unbind"):
        return tracer
    if event == "line":
        lineno = frame.f_lineno - frame.f_code.co_firstlineno
        loc = frame.f_locals
        if frame.f_code.co_name == "target" and lineno == 2:
            loc["x"] = 100
            loc["y"] = "set by the tracer"
        if frame.f_code.co_name == "with_cell" and lineno == 2:
            loc["c"] = 42
        if frame.f_code.co_name == "unbind" and lineno == 2:
            del loc["z"]
    return tracer


def target():
    x = 1
    y = None
    return x, y


def with_cell():
    c = 1
    def inner():
        return c
    return inner()


def unbind():
    z = 5
    try:
        return z
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)


sys.settrace(tracer)
r1 = target()
r2 = with_cell()
r3 = unbind()
sys.settrace(None)
print(r1)
print(r2)
print(r3)


# The f_locals dict seen by successive events stays in step with the locals.
seen = []


def watcher(frame, event, arg):
    if frame.f_code.co_name == "counting":
        seen.append((event, dict(frame.f_locals)))
    return watcher


def counting(n):
    total = 0
    for i in range(n):
        total += i
    return total


sys.settrace(watcher)
counting(3)
sys.settrace(None)
for ev in seen:
    print(ev)
