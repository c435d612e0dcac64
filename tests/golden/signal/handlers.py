# Python-level signal handlers: run between bytecodes in the main thread,
# with the signal number and the interrupted frame.
import os, signal, time, _thread, threading

log = []
def handler(signum, frame):
    log.append((signal.Signals(signum).name, type(frame).__name__, frame.f_code.co_name))

def main():
    old = signal.signal(signal.SIGUSR1, handler)
    print("old", old)
    print("getsignal is handler", signal.getsignal(signal.SIGUSR1) is handler)
    os.kill(os.getpid(), signal.SIGUSR1)
    print("after kill", log)
    signal.raise_signal(signal.SIGUSR1)
    print("after raise_signal", log[-1])
    _thread.interrupt_main(signal.SIGUSR1)
    for i in range(100):
        pass
    print("after interrupt_main", len(log))
    # enum members are accepted as numbers and as handlers
    print(signal.signal(signal.Signals.SIGUSR1, signal.Handlers.SIG_IGN) is handler)
    os.kill(os.getpid(), signal.SIGUSR1)
    print("ignored", len(log))
    print(repr(signal.signal(signal.SIGUSR1, signal.SIG_DFL)))

def raising(signum, frame):
    raise RuntimeError(f"from handler {signum}")

def handler_raises():
    signal.signal(signal.SIGUSR2, raising)
    try:
        signal.raise_signal(signal.SIGUSR2)
        print("not reached")
    except RuntimeError as e:
        print("caught", e)
    try:
        os.kill(os.getpid(), signal.SIGUSR2)
    except RuntimeError as e:
        print("caught again", e)
    signal.signal(signal.SIGUSR2, signal.SIG_DFL)

def keyboard_interrupts():
    for how in ("raise_signal", "kill", "interrupt_main", "default_int_handler"):
        try:
            if how == "raise_signal":
                signal.raise_signal(signal.SIGINT)
            elif how == "kill":
                os.kill(os.getpid(), signal.SIGINT)
            elif how == "interrupt_main":
                _thread.interrupt_main()
                while True:
                    pass
            else:
                signal.default_int_handler(signal.SIGINT, None)
        except KeyboardInterrupt as e:
            print(how, "KeyboardInterrupt", repr(e), e.__traceback__ is not None)
    prev = signal.signal(signal.SIGINT, signal.SIG_IGN)
    print("prev", prev is signal.default_int_handler)
    signal.raise_signal(signal.SIGINT)
    _thread.interrupt_main()  # no-op while SIGINT is ignored
    print("ignored SIGINT", signal.getsignal(signal.SIGINT))
    signal.signal(signal.SIGINT, prev)

def alarms():
    got = []
    signal.signal(signal.SIGALRM, lambda n, f: got.append(n))
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    t0 = time.monotonic()
    time.sleep(0.3)  # PEP 475: the handler runs and the sleep goes on
    print("alarm handled", got, time.monotonic() - t0 >= 0.29)
    print(signal.getitimer(signal.ITIMER_REAL))
    def stop(n, f):
        raise TimeoutError("too slow")
    signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    try:
        time.sleep(5)
    except TimeoutError as e:
        print("sleep interrupted:", e)
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    try:
        n = 0
        while True:
            n += 1
    except TimeoutError as e:
        print("loop interrupted:", e)
    lock = threading.Lock()
    lock.acquire()
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    try:
        lock.acquire()
    except TimeoutError as e:
        print("lock wait interrupted:", e)
    print(signal.alarm(0))
    signal.signal(signal.SIGALRM, signal.SIG_DFL)

def masks():
    old = signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
    print("old mask", old)
    got = []
    signal.signal(signal.SIGUSR1, lambda n, f: got.append(n))
    os.kill(os.getpid(), signal.SIGUSR1)
    print("blocked", got, signal.sigpending())
    print(signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1]))
    print("delivered", got)
    signal.signal(signal.SIGUSR1, signal.SIG_DFL)

def in_thread():
    out = []
    def body():
        for f in (lambda: signal.signal(signal.SIGUSR1, handler),
                  lambda: signal.set_wakeup_fd(-1)):
            try:
                f()
            except ValueError as e:
                out.append(str(e))
        out.append(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
    t = threading.Thread(target=body)
    t.start()
    t.join()
    print(out)

main()
handler_raises()
keyboard_interrupts()
alarms()
masks()
in_thread()
