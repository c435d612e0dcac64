# Setting f_lineno from a line-trace function: allowed jumps (forward,
# backward, out of a for loop, out of an except block) and every error
# message CPython gives.
import sys

def make_jumper(func_name, from_off, to_off, results):
    done = []
    def tracer(frame, event, arg):
        if frame.f_code.co_name != func_name:
            return tracer
        first = frame.f_code.co_firstlineno
        if event == 'line' and frame.f_lineno == first + from_off and not done:
            done.append(1)
            try:
                frame.f_lineno = first + to_off
                results.append(('jumped', from_off, to_off))
            except ValueError as e:
                results.append(('ValueError', str(e)))
        return tracer
    return tracer

def run(func, from_off, to_off):
    results = []
    out = []
    sys.settrace(make_jumper(func.__name__, from_off, to_off, results))
    try:
        func(out)
    except Exception as e:
        out.append(type(e).__name__)
    finally:
        sys.settrace(None)
    print(func.__name__, from_off, '->', to_off, results, out)

def skip_forward(out):
    out.append(1)
    out.append(2)
    out.append(3)

def go_back(out):
    out.append(1)
    out.append(2)
    if len(out) < 5:
        out.append(3)

def leave_loop(out):
    for i in range(3):
        out.append(i)
        out.append('x')
    out.append('end')

def into_loop(out):
    out.append(0)
    for i in range(2):
        out.append(i)
    out.append('end')

def into_except(out):
    out.append(0)
    try:
        out.append(1)
    except ValueError:
        out.append('handler')
    out.append('end')

def leave_except(out):
    try:
        raise KeyError('k')
    except KeyError:
        out.append('in handler')
        out.append('more')
    out.append('end')

def before_and_after(out):
    out.append(1)
    out.append(2)

run(skip_forward, 1, 3)
run(skip_forward, 2, 1)
run(go_back, 3, 1)
run(leave_loop, 2, 4)
run(into_loop, 1, 3)
run(into_except, 1, 5)
run(leave_except, 4, 6)
run(before_and_after, 1, -5)
run(before_and_after, 1, 100)

# Jumps outside a 'line' event, and without a trace function.
msgs = []
def call_jumper(frame, event, arg):
    if frame.f_code.co_name == 'before_and_after':
        if event in ('call', 'return'):
            try:
                frame.f_lineno = frame.f_code.co_firstlineno + 1
            except ValueError as e:
                msgs.append((event, str(e)))
    return call_jumper
sys.settrace(call_jumper)
before_and_after([])
sys.settrace(None)
print(msgs)

f = sys._getframe()
for v in ['3', 3.0, 10 ** 30]:
    try:
        f.f_lineno = v
    except ValueError as e:
        print('ValueError', e)
try:
    del f.f_lineno
except AttributeError as e:
    print('AttributeError', e)
