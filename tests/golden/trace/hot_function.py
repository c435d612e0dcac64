# Tracing a function that is already hot (compiled by the JIT in tiered
# and eager modes): while a trace function is set it runs interpreted, so
# every mode reports the same events.
import sys

def work(n):
    s = 0
    for i in range(n):
        s += i
    return s

for _ in range(3000):
    work(10)

lines = []
def tracer(frame, event, arg):
    if frame.f_code.co_name == 'work':
        lines.append((event, frame.f_lineno - frame.f_code.co_firstlineno))
        return tracer
    return None

sys.settrace(tracer)
print(work(3))
sys.settrace(None)
print(lines)
print(work(100000))

# A long loop that turns tracing on midway through a hot loop: only new
# frames are traced.
calls = []
def counter(frame, event, arg):
    if event == 'call':
        calls.append(frame.f_code.co_name)
    return None

def leaf(i):
    return i * 2

def driver():
    total = 0
    for i in range(20000):
        if i == 19990:
            sys.settrace(counter)
        total += leaf(i)
    sys.settrace(None)
    return total

print(driver(), len(calls), calls[:2])

prof = []
def profiler(frame, event, arg):
    if frame.f_code.co_name == 'leaf':
        prof.append(event)
for _ in range(3000):
    leaf(1)
sys.setprofile(profiler)
leaf(5)
sys.setprofile(None)
print(prof)
