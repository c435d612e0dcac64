#!/usr/bin/env python3
"""Signal behaviour that needs a second process: runs each case under
CPython (python3, the oracle) and under Coil in each execution mode, sends
the signal from outside when the case asks for it, and compares stdout,
stderr (script paths normalised) and the exit status exactly.

usage: test_signals.py --coil PATH [--mode off|eager|tiered|all] [-k NAME]
Exit status 0 when every case matches, 1 otherwise.
"""
import argparse
import os
import re
import signal
import subprocess
import sys
import tempfile
import time

MODES = {"off": ["--jit=off"], "eager": ["--jit=eager", "--jit-sync"], "tiered": []}

# name -> dict(src=program, send=signal sent after the program printed
# "ready" (plus `delay` seconds), stdin=keep a pipe open, ignore_sigint=start
# the child with SIGINT ignored, last_line=compare only the last stderr line
# (the traceback goes through lib/ modules whose lines differ from CPython's))
CASES = {
    "loop_in_function": dict(src="""
def spin():
    n = 0
    while True:
        n += 1
print("ready", flush=True)
spin()
""", send=signal.SIGINT, delay=0.5),
    "loop_module_level": dict(src="""
print("ready", flush=True)
i = 0
while True:
    i = i + 1
""", send=signal.SIGINT, delay=0.3),
    "for_loop_calls": dict(src="""
def f(x):
    return x + 1
def g():
    t = 0
    for i in range(10**12):
        t = f(t)
print("ready", flush=True)
g()
""", send=signal.SIGINT, delay=0.5, last_line=True),
    "sleep": dict(src="""
import time
print("ready", flush=True)
time.sleep(30)
""", send=signal.SIGINT),
    "lock_acquire": dict(src="""
import _thread
lock = _thread.allocate_lock()
lock.acquire()
print("ready", flush=True)
lock.acquire()
""", send=signal.SIGINT),
    "input": dict(src="""
print("ready", flush=True)
input()
""", send=signal.SIGINT, stdin=True),
    "stdin_read": dict(src="""
import sys
print("ready", flush=True)
sys.stdin.readline()
""", send=signal.SIGINT, stdin=True),
    "os_read": dict(src="""
import os
print("ready", flush=True)
os.read(0, 10)
""", send=signal.SIGINT, stdin=True),
    "caught_and_continue": dict(src="""
import time
try:
    print("ready", flush=True)
    time.sleep(30)
except KeyboardInterrupt as e:
    print("caught", repr(e))
print("after")
""", send=signal.SIGINT),
    "finally_runs": dict(src="""
def spin():
    try:
        while True:
            pass
    finally:
        print("finally", flush=True)
print("ready", flush=True)
spin()
""", send=signal.SIGINT, delay=0.3),
    "thread_join": dict(src="""
import threading, time
t = threading.Thread(target=time.sleep, args=(3,), daemon=True)
t.start()
print("ready", flush=True)
t.join()
""", send=signal.SIGINT, last_line=True),
    "sig_dfl": dict(src="""
import signal, time
signal.signal(signal.SIGINT, signal.SIG_DFL)
print("ready", flush=True)
time.sleep(30)
""", send=signal.SIGINT),
    "sig_ign": dict(src="""
import signal, time
signal.signal(signal.SIGINT, signal.SIG_IGN)
print("ready", flush=True)
time.sleep(1)
print("still here")
""", send=signal.SIGINT),
    "inherited_ignore": dict(src="""
import signal, time
print(signal.getsignal(signal.SIGINT))
print("ready", flush=True)
time.sleep(1)
print("still here")
""", send=signal.SIGINT, ignore_sigint=True),
    "sigterm_handler_exit": dict(src="""
import signal, sys, time
def on_term(signum, frame):
    print("terminated by", signal.Signals(signum).name, frame.f_code.co_name, flush=True)
    sys.exit(3)
def wait():
    time.sleep(30)
signal.signal(signal.SIGTERM, on_term)
print("ready", flush=True)
wait()
""", send=signal.SIGTERM),
    "sigterm_default": dict(src="""
import time
print("ready", flush=True)
time.sleep(30)
""", send=signal.SIGTERM),
    "kill_self_sigint": dict(src="""
import os, signal
def f():
    os.kill(os.getpid(), signal.SIGINT)
    print("not reached")
f()
"""),
    "raise_signal_sigterm": dict(src="""
import signal
print("before", flush=True)
signal.raise_signal(signal.SIGTERM)
print("not reached")
"""),
    "interrupt_main_uncaught": dict(src="""
import _thread
_thread.interrupt_main()
x = 0
for i in range(10):
    x += i
print("not reached")
"""),
    "keyboard_interrupt_raised": dict(src="""
def f():
    raise KeyboardInterrupt("by hand")
f()
"""),
    "handler_raises_in_loop": dict(src="""
import signal
class Stop(Exception):
    pass
def h(n, f):
    raise Stop("stopped")
signal.signal(signal.SIGUSR1, h)
def spin():
    n = 0
    while True:
        n += 1
print("ready", flush=True)
try:
    spin()
except Stop as e:
    print("caught", e)
""", send=signal.SIGUSR1, delay=0.5),
    "faulthandler_x_option": dict(src="""
import faulthandler
def crash():
    faulthandler._sigsegv()
def outer():
    crash()
print(faulthandler.is_enabled(), flush=True)
outer()
""", args=["-X", "faulthandler"]),
    "faulthandler_env": dict(src="""
import faulthandler
print(faulthandler.is_enabled(), flush=True)
faulthandler._sigfpe()
""", env={"PYTHONFAULTHANDLER": "1"}),
    "faulthandler_env_ignored_by_E": dict(src="""
import faulthandler
print(faulthandler.is_enabled(), flush=True)
""", env={"PYTHONFAULTHANDLER": "1"}, args=["-E"]),
    "faulthandler_threads": dict(src="""
import faulthandler, _thread, time
started = _thread.allocate_lock()
started.acquire()
def worker():
    started.release()
    while True:
        time.sleep(0.01)
_thread.start_new_thread(worker, ())
started.acquire()
time.sleep(0.1)
faulthandler.enable()
def boom():
    faulthandler._sigabrt()
boom()
"""),
    "faulthandler_disabled": dict(src="""
import faulthandler
faulthandler.enable()
print(faulthandler.disable(), faulthandler.disable(), faulthandler.is_enabled(), flush=True)
faulthandler._sigsegv()
"""),
    "faulthandler_dump": dict(src="""
import faulthandler, sys
def f():
    faulthandler.dump_traceback(all_threads=False)
    faulthandler.dump_traceback()
    faulthandler.dump_traceback(sys.stdout, False)
    faulthandler.dump_traceback(1)
f()
for bad in (-1, "x", None):
    try:
        faulthandler.dump_traceback(bad)
    except Exception as e:
        print(type(e).__name__, e)
for args in ((0,), (-1,), (signal := 11,)):
    try:
        faulthandler.dump_traceback_later(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    faulthandler.register(11)
except Exception as e:
    print(type(e).__name__, e)
try:
    faulthandler.register(0)
except Exception as e:
    print(type(e).__name__, e)
print(faulthandler.unregister(10))
"""),
    "faulthandler_later_exit": dict(src="""
import faulthandler, time
def slow():
    time.sleep(5)
faulthandler.dump_traceback_later(0.2, exit=True)
slow()
"""),
    "faulthandler_later_cancel": dict(src="""
import faulthandler, time, sys
faulthandler.dump_traceback_later(0.1, repeat=True, file=sys.stdout)
def wait():
    time.sleep(0.25)
wait()
faulthandler.cancel_dump_traceback_later()
time.sleep(0.2)
print("cancelled")
""", lines_unordered=True),
    "faulthandler_register": dict(src="""
import faulthandler, os, signal
faulthandler.register(signal.SIGUSR1, all_threads=False)
def here():
    os.kill(os.getpid(), signal.SIGUSR1)
here()
print(faulthandler.unregister(signal.SIGUSR1), faulthandler.unregister(signal.SIGUSR1))
"""),
    "sigpipe_ignored": dict(src="""
import signal
print(signal.getsignal(signal.SIGPIPE), signal.getsignal(signal.SIGXFSZ), signal.getsignal(signal.SIGUSR1))
"""),
}


def run(cmd, case, script):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "COIL_"))}
    env.update(PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1", LC_ALL="C.UTF-8")

    def preexec():
        signal.signal(signal.SIGINT, signal.SIG_IGN if case.get("ignore_sigint") else signal.SIG_DFL)

    # A stdin pipe stays open (never written) until the child ended, so a
    # blocked read ends by the signal, not by end of file.
    rfd, wfd = os.pipe() if case.get("stdin") else (subprocess.DEVNULL, None)
    env.update(case.get("env", {}))
    p = subprocess.Popen(cmd + case.get("args", []) + [script], stdin=rfd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                         preexec_fn=preexec, cwd=os.path.dirname(script))
    if wfd is not None:
        os.close(rfd)
    out = b""
    if case.get("send"):
        line = p.stdout.readline()
        out += line
        if line.strip().endswith(b"ready"):
            time.sleep(case.get("delay", 0.2))
            p.send_signal(case["send"])
    try:
        rest, err = p.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        p.kill()
        rest, err = p.communicate()
        return out + rest, err + b"\n<timeout>", "timeout"
    finally:
        if wfd is not None:
            os.close(wfd)
    err = err.replace(os.path.dirname(script).encode() + b"/", b"")
    # Thread ids differ from run to run.
    err = re.sub(rb"0x[0-9a-f]{16}", b"0xTHREAD", err)
    if case.get("last_line"):
        lines = err.strip().splitlines()
        err = lines[-1] if lines else b""
    out += rest
    out = re.sub(rb"0x[0-9a-f]{16}", b"0xTHREAD", out)
    if case.get("lines_unordered"):
        out = b"\n".join(sorted(set(out.splitlines())))
    return out, err, p.returncode


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--coil", required=True)
    ap.add_argument("--mode", default="all", choices=list(MODES) + ["all"])
    ap.add_argument("-k", default="")
    args = ap.parse_args()
    modes = list(MODES) if args.mode == "all" else [args.mode]
    failed = passed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, case in CASES.items():
            if args.k not in name:
                continue
            script = os.path.join(tmp, name + ".py")
            with open(script, "w") as f:
                f.write(case["src"].lstrip("\n"))
            expected = run([sys.executable], case, script)
            for mode in modes:
                got = run([os.path.abspath(args.coil)] + MODES[mode], case, script)
                if got == expected:
                    passed += 1
                    continue
                failed += 1
                print(f"FAIL {name} [{mode}]")
                for what, e, g in zip(("stdout", "stderr", "exit"), expected, got):
                    if e != g:
                        print(f"  {what}: expected {e!r}\n  {' ' * len(what)}  got      {g!r}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
