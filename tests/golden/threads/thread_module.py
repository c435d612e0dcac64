# The low-level _thread module: start_new_thread, locks as completion
# signals, get_ident, _count, stack_size, interrupt_main and the errors.
import _thread
import time

done = _thread.allocate_lock()
done.acquire()
results = []


def work(a, b, *, c=0):
    results.append((a + b + c, _thread.get_ident() != main_ident))
    done.release()


main_ident = _thread.get_ident()
ident = _thread.start_new_thread(work, (1, 2), {"c": 3})
print(type(ident).__name__, done.acquire(timeout=5), results)

# _thread.exit() and SystemExit end a thread quietly.
finished = _thread.allocate_lock()
finished.acquire()


def exiting():
    try:
        _thread.exit()
    finally:
        finished.release()


_thread.start_new_thread(exiting, ())
print("exit:", finished.acquire(timeout=5))
time.sleep(0.02)
print("running threads:", _thread._count())

for args in [(), (print,), (1, ()), (print, []), (print, (), []), (print, (), {}, 4)]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print(len(args), "->", e)

print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX, _thread.LockType.__name__)
print(_thread.stack_size(), _thread.stack_size(0))
for size in (5, -1):
    try:
        _thread.stack_size(size)
    except ValueError as e:
        print("stack_size", size, "->", e)
print(_thread.stack_size(1 << 20), _thread.stack_size(), _thread.stack_size(0))

# interrupt_main raises KeyboardInterrupt in the main thread.
try:
    _thread.interrupt_main()
    for _ in range(1000):
        pass
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt in the main thread")
for bad in (0, 100000):
    try:
        _thread.interrupt_main(bad)
    except ValueError as e:
        print("interrupt_main", bad, "->", e)

# RLock from _thread.
r = _thread.RLock()
print(r.acquire(), r.acquire(), r._recursion_count(), repr(r).startswith("<locked _thread.RLock object owner="))
r.release()
r.release()
print(repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0 at "))
try:
    r._acquire_restore(5)
except TypeError as e:
    print(e)
try:
    r._release_save()
except RuntimeError as e:
    print(e)
