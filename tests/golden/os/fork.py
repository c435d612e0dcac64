# os.fork, os.wait/os.waitpid, the W* status functions, os._exit and
# os.register_at_fork. Deterministic: each child writes through a pipe or
# only after the parent has flushed, the parent waits and prints.
import os
import sys


def flush():
    sys.stdout.flush()
    sys.stderr.flush()


events = []
os.register_at_fork(before=lambda: events.append("before 1"),
                    after_in_parent=lambda: events.append("parent 1"),
                    after_in_child=lambda: events.append("child 1"))
os.register_at_fork(before=lambda: events.append("before 2"),
                    after_in_parent=lambda: events.append("parent 2"),
                    after_in_child=lambda: events.append("child 2"))

# 1. The child reports through a pipe and ends with os._exit(code).
r, w = os.pipe()
flush()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w, ("child events: %s\n" % events).encode())
    os.write(w, ("child pid differs: %s\n" % (os.getpid() != os.getppid())).encode())
    os._exit(7)
os.close(w)
data = b""
while True:
    chunk = os.read(r, 1000)
    if not chunk:
        break
    data += chunk
os.close(r)
print(data.decode(), end="")
print("parent events:", events)
got, status = os.waitpid(pid, 0)
print("waitpid pid matches:", got == pid)
print("WIFEXITED", os.WIFEXITED(status), "WEXITSTATUS", os.WEXITSTATUS(status))
print("WIFSIGNALED", os.WIFSIGNALED(status), "WIFSTOPPED", os.WIFSTOPPED(status),
      "WCOREDUMP", os.WCOREDUMP(status), "WIFCONTINUED", os.WIFCONTINUED(status))
print("exit code", os.waitstatus_to_exitcode(status))

# 2. The child prints itself (the parent flushed first and waits), then
# returns through sys.exit: atexit handlers and buffered output run there.
events.clear()
flush()
pid = os.fork()
if pid == 0:
    import atexit
    atexit.register(lambda: print("child atexit"))
    print("child prints", events)
    sys.exit(3)
pid2, status = os.wait()
print("wait pid matches:", pid2 == pid, "exit code", os.waitstatus_to_exitcode(status))

# 3. A child ending with an uncaught exception: exit status 1.
flush()
pid = os.fork()
if pid == 0:
    sys.stderr = sys.stdout  # the traceback goes to stdout, after the parent's lines
    raise ValueError("from the child")
_, status = os.waitpid(pid, 0)
print("uncaught exception exit code", os.waitstatus_to_exitcode(status))

# 4. WNOHANG: nothing to collect yet, then the child's status.
r, w = os.pipe()
flush()
pid = os.fork()
if pid == 0:
    os.close(w)
    os.read(r, 1)  # waits for the parent's go
    os._exit(0)
os.close(r)
print("WNOHANG before:", os.waitpid(pid, os.WNOHANG))
os.write(w, b"x")
os.close(w)
_, status = os.waitpid(pid, 0)
print("after:", os.waitstatus_to_exitcode(status))

# 5. Hooks that fail are reported and ignored; the fork goes on.
class Bad:
    def __call__(self):
        raise RuntimeError("hook failed")

    def __repr__(self):
        return "<Bad hook>"


os.register_at_fork(after_in_parent=Bad())
sys.stderr = sys.stdout
flush()
pid = os.fork()
if pid == 0:
    os._exit(0)
os.waitpid(pid, 0)
sys.stderr = sys.__stderr__

# 6. Errors.
def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


t("register nothing", lambda: os.register_at_fork())
t("register positional", lambda: os.register_at_fork(print))
t("register not callable", lambda: os.register_at_fork(before=1))
t("register None", lambda: os.register_at_fork(after_in_child=None))
t("register bogus", lambda: os.register_at_fork(before=print, bogus=1))
t("fork args", lambda: os.fork(1))
t("wait args", lambda: os.wait(1))
t("waitpid no child", lambda: os.waitpid(-1, 0))
t("wait no child", lambda: os.wait())
t("waitpid arity", lambda: os.waitpid(1))
t("waitpid keywords", lambda: os.waitpid(pid=1, options=0))
t("waitpid str", lambda: os.waitpid("1", 0))
t("waitpid float", lambda: os.waitpid(1.5, 0))
t("waitpid big", lambda: os.waitpid(2 ** 40, 0))
t("waitpid small", lambda: os.waitpid(-2 ** 40, 0))
t("WIFEXITED none", lambda: os.WIFEXITED(None))
t("WEXITSTATUS kw", lambda: os.WEXITSTATUS(status=256))
t("WTERMSIG arity", lambda: os.WTERMSIG(1, 2))
t("WSTOPSIG missing", lambda: os.WSTOPSIG(x=1))
t("WIFSTOPPED big", lambda: os.WIFSTOPPED(2 ** 40))
t("constants", lambda: (os.WNOHANG, os.WUNTRACED, os.WCONTINUED))
t("macros", lambda: [os.WIFSTOPPED(0x137f), os.WSTOPSIG(0x137f), os.WTERMSIG(9), os.WIFSIGNALED(9),
                     os.WCOREDUMP(0x80 | 6), os.WIFCONTINUED(0xffff)])
