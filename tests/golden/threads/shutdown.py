# Interpreter exit waits for non-daemon threads (their output comes after
# the main thread's last line) and abandons daemon threads safely.
import threading
import time

go = threading.Event()


def late_worker():
    go.wait()
    time.sleep(0.05)
    print("non-daemon worker finished after the main thread")


def daemon_worker():
    while True:
        time.sleep(0.01)


def busy_daemon():
    n = 0
    while True:
        n += 1


threading.Thread(target=late_worker).start()
threading.Thread(target=daemon_worker, daemon=True).start()
threading.Thread(target=busy_daemon, daemon=True).start()
go.set()
print("main thread done; active:", threading.active_count())
