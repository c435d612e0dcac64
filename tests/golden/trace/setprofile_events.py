# sys.setprofile: call/return of Python functions, c_call/c_return/
# c_exception of builtins and method descriptors, generators, and
# setprofile(None) itself.
import sys

log = []
def prof(frame, event, arg):
    if event.startswith('c_'):
        log.append((event, frame.f_code.co_name, getattr(arg, '__name__', repr(arg))))
    elif event == 'return':
        log.append((event, frame.f_code.co_name, repr(arg)))
    else:
        log.append((event, frame.f_code.co_name))

def square(x):
    return x * x

def gen():
    yield 1
    yield 2

def work():
    a = [3, 1, 2]
    a.sort()
    n = len(a)
    s = sum(map(square, a))
    try:
        int("x")
    except ValueError:
        pass
    g = list(gen())
    d = {}
    d.get("k", 1)
    "a,b".split(",")
    return n + s

sys.setprofile(prof)
work()
sys.setprofile(None)
for entry in log:
    print(entry)
print(sys.getprofile())

# A profile function that raises is removed.
def bad(frame, event, arg):
    if event == 'call':
        raise ValueError("profile failed in " + frame.f_code.co_name)

sys.setprofile(bad)
try:
    square(3)
except ValueError as e:
    print("caught", e)
print(sys.getprofile())

# Tracing and profiling together.
both = []
def t(frame, event, arg):
    both.append(('trace', event, frame.f_code.co_name))
    return t
def p(frame, event, arg):
    both.append(('prof', event, frame.f_code.co_name))
sys.settrace(t)
sys.setprofile(p)
square(2)
sys.setprofile(None)
sys.settrace(None)
for b in both:
    print(b)
