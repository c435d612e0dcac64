# Frame attributes a tracer uses: f_trace, f_trace_lines, f_trace_opcodes
# (opcode events), f_back chains, f_locals snapshots, sys.gettrace inside.
import sys

log = []
def opcode_tracer(frame, event, arg):
    if frame.f_code.co_name == 'small':
        frame.f_trace_opcodes = True
        frame.f_trace_lines = False
        log.append((event, frame.f_lineno))
    return opcode_tracer

def small(a):
    b = a + 1
    return b

sys.settrace(opcode_tracer)
small(1)
sys.settrace(None)
print(log[0], log[-1], len(log) > 4, sorted(set(e for e, _ in log)))

f = sys._getframe()
print(f.f_trace, f.f_trace_lines, f.f_trace_opcodes)
for attr, val in [('f_trace_lines', 1), ('f_trace_opcodes', None)]:
    try:
        setattr(f, attr, val)
    except TypeError as e:
        print('TypeError', e)
try:
    del f.f_trace_lines
except TypeError as e:
    print('TypeError', e)
f.f_trace = print
print(f.f_trace is print)
f.f_trace = None
print(f.f_trace)

# f_back chain seen from a tracer
chains = []
def chain_tracer(frame, event, arg):
    if event == 'call' and frame.f_code.co_name == 'c3':
        names = []
        fr = frame
        while fr is not None:
            names.append(fr.f_code.co_name)
            fr = fr.f_back
        chains.append(names)
    return None
def c1(): return c2()
def c2(): return c3()
def c3(): return sys.gettrace() is chain_tracer
sys.settrace(chain_tracer)
print(c1())
sys.settrace(None)
print(chains)

# Locals as the tracer sees them at each line.
snap = []
def locals_tracer(frame, event, arg):
    if frame.f_code.co_name == 'grow':
        snap.append((event, dict(frame.f_locals)))
        return locals_tracer
    return None
def grow():
    a = 1
    b = [a]
    c = {'k': b}
    return c
sys.settrace(locals_tracer)
grow()
sys.settrace(None)
for s in snap:
    print(s)

# A trace function switching itself off for a frame by returning None on 'line'
# keeps the frame's f_trace (only a non-None value replaces it).
count = [0]
def fading(frame, event, arg):
    if frame.f_code.co_name == 'three_lines':
        count[0] += 1
        if event == 'call':
            return fading
    return None
def three_lines():
    x = 1
    y = 2
    return x + y
sys.settrace(fading)
three_lines()
sys.settrace(None)
print(count)

# sys.call_tracing runs a function with tracing on while inside a tracer
inner_log = []
def tr(frame, event, arg):
    if frame.f_code.co_name == 'watched' and event == 'call':
        sys.call_tracing(probe, (frame.f_code.co_name,))
    inner_log.append((event, frame.f_code.co_name))
    return tr
def probe(name):
    return name.upper()
def watched():
    return 1
sys.settrace(tr)
watched()
sys.settrace(None)
print(inner_log)
