def f(lock):
    with lock:
        try:
            return 1
        finally:
            lock.release()
