# Uncaught exceptions in threads: threading.excepthook's default report on
# stderr, a custom hook, SystemExit ending a thread quietly, and a failing
# hook. The reports are captured and printed without the frames of
# threading.py itself (their line numbers are the library's own).
import io
import sys
import threading

captured = io.StringIO()
real_stderr = sys.stderr
sys.stderr = captured


def show_report():
    lines = captured.getvalue().splitlines()
    captured.seek(0)
    captured.truncate()
    skip = False
    for line in lines:
        if skip:
            skip = False
            continue
        if line.startswith("  File ") and "threading.py" in line:
            skip = True
            continue
        print("|", line.replace(__file__, "FILE"))


def fails(n):
    return 10 // n


t = threading.Thread(target=fails, args=(0,))
t.start()
t.join()
print("main continues after", t.name, "failed")
show_report()


class Job(threading.Thread):
    def run(self):
        raise KeyError("missing")


j = Job(name="job")
j.start()
j.join()
show_report()

# SystemExit in a thread is silent.
q = threading.Thread(target=sys.exit, args=(3,))
q.start()
q.join()
print("sys.exit in a thread ends only the thread")

seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                 args.exc_traceback is not None))


threading.excepthook = hook
c = threading.Thread(target=fails, args=(0,), name="custom")
c.start()
c.join()
print(seen)
print(threading.__excepthook__ is not hook, type(threading.ExceptHookArgs).__name__)
a = threading.ExceptHookArgs([ValueError, ValueError("v"), None, None])
print(a, a.exc_type, a.thread, len(a))
try:
    threading.ExceptHookArgs([1, 2])
except TypeError as e:
    print(e)


def broken_hook(args):
    raise RuntimeError("hook failed")


threading.excepthook = broken_hook
d = threading.Thread(target=fails, args=(0,), name="hooked")
d.start()
d.join()
show_report()
sys.stderr = real_stderr

threading.excepthook = threading.__excepthook__
print("done")
