# Trace functions that raise, that unset themselves, and settrace(None)
# called from inside a traced function.
import sys

def boom_on_line(frame, event, arg):
    if event == 'line' and frame.f_code.co_name == 'target':
        raise RuntimeError("tracer failed")
    return boom_on_line

def target():
    x = 1
    return x

sys.settrace(boom_on_line)
try:
    target()
except RuntimeError as e:
    print("caught", e)
print("after failure gettrace:", sys.gettrace())

def boom_on_call(frame, event, arg):
    raise ValueError("at call of " + frame.f_code.co_name)

sys.settrace(boom_on_call)
try:
    target()
except ValueError as e:
    print("caught", e)
print(sys.gettrace())

log = []
def tracer(frame, event, arg):
    log.append((event, frame.f_code.co_name))
    return tracer

def stops():
    a = 1
    sys.settrace(None)
    b = 2
    return a + b

def starts():
    x = 1
    sys.settrace(tracer)
    y = stops()
    return y

starts()
print(log)
print(sys.gettrace())

# Exception events: raised, propagated through frames, caught.
log.clear()
def exc_tracer(frame, event, arg):
    if event == 'exception':
        log.append((event, frame.f_code.co_name, arg[0].__name__, str(arg[1]), type(arg[2]).__name__))
    elif event == 'return':
        log.append((event, frame.f_code.co_name, arg))
    else:
        log.append((event, frame.f_code.co_name))
    return exc_tracer

def deep():
    raise IndexError("deep")

def middle():
    deep()

def top():
    try:
        middle()
    except IndexError:
        return "handled"

sys.settrace(exc_tracer)
top()
sys.settrace(None)
for entry in log:
    print(entry)

# A tracer that returns None for 'call' gets no line events for that frame.
log.clear()
def picky(frame, event, arg):
    log.append((event, frame.f_code.co_name))
    return picky if frame.f_code.co_name == 'wanted' else None

def wanted():
    a = 1
    return a

def unwanted():
    b = 2
    return b

sys.settrace(picky)
wanted()
unwanted()
sys.settrace(None)
print(log)

# A trace function raising on 'return'.
def ret_boom(frame, event, arg):
    if event == 'return' and frame.f_code.co_name == 'target':
        raise LookupError("on return")
    return ret_boom

sys.settrace(ret_boom)
try:
    target()
except LookupError as e:
    print("caught", repr(e))
print(sys.gettrace())
