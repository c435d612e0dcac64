# os: environ as a mapping over putenv/unsetenv, getenv, process ids,
# urandom, cpu_count, strerror, system, get_terminal_size, stat_result.
import os
import sys

os.environ["COIL_OS_MISC"] = "one"
print(os.environ["COIL_OS_MISC"], os.getenv("COIL_OS_MISC"), "COIL_OS_MISC" in os.environ,
      os.environb[b"COIL_OS_MISC"], os.getenvb(b"COIL_OS_MISC"))
os.environ["COIL_OS_MISC"] = "caf\xe9"
print(os.environ["COIL_OS_MISC"], os.environb[b"COIL_OS_MISC"])
print(os.system("test \"$COIL_OS_MISC\" = 'caf\xe9'"), os.system("exit 3") >> 8, os.waitstatus_to_exitcode(os.system("exit 5")))
del os.environ["COIL_OS_MISC"]
print("COIL_OS_MISC" in os.environ, os.getenv("COIL_OS_MISC"), os.getenv("COIL_OS_MISC", "default"),
      os.system("test -z \"$COIL_OS_MISC\""))
try:
    os.environ["COIL_OS_MISC"]
except KeyError as e:
    print("KeyError", e)
try:
    del os.environ["COIL_OS_MISC"]
except KeyError as e:
    print("KeyError del", e)
for bad in [(1, "x"), ("x", 1)]:
    try:
        os.environ[bad[0]] = bad[1]
    except TypeError as e:
        print("TypeError", e)
try:
    os.getenv(1)
except TypeError as e:
    print("getenv TypeError", e)
try:
    os.putenv("a=b", "c")
except ValueError as e:
    print("putenv ValueError", e)
os.environ.setdefault("COIL_OS_MISC2", "dflt")
print(os.environ.pop("COIL_OS_MISC2"), os.environ.get("COIL_OS_MISC2"), type(os.environ).__name__)
os.environ.update({"COIL_A": "1", "COIL_B": "2"})
print(sorted(k for k in os.environ if k.startswith("COIL_")), isinstance(os.environ.copy(), dict))
print(repr(os.environ).startswith("environ({"), len(os.environ) == len(list(os.environ)))
os.putenv("COIL_PUT", "direct")
print(os.getenv("COIL_PUT"), os.system('test "$COIL_PUT" = direct'))
os.unsetenv("COIL_PUT")
print(os.system('test -z "$COIL_PUT"'))

print(os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid(), isinstance(os.getuid(), int))
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)))
try:
    os.urandom(-1)
except ValueError as e:
    print("urandom", e)
n = os.cpu_count()
print(isinstance(n, int) and n >= 1)
print(os.strerror(2), os.strerror(13), os.strerror(17))
try:
    os.get_terminal_size(os.open(os.devnull, os.O_RDONLY))
except OSError as e:
    print("terminal", type(e).__name__, e.errno)
ts = os.terminal_size((80, 24))
print(ts, ts.columns, ts.lines, ts[0], tuple(ts))
sr = os.stat_result(tuple(range(10)))
print(sr, sr.st_mtime, sr.st_size, len(sr), sr[9])
try:
    os.stat_result((1, 2))
except TypeError as e:
    print("stat_result", e)
print(os.stat_result.__module__, os.stat_result.__name__, os.terminal_size.__name__)
print(os.error is OSError, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.O_RDONLY, os.O_WRONLY, os.O_RDWR,
      os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(os.get_exec_path({"PATH": "/a:/b"}), os.path.__name__, "path" in os.__all__)
print(sys.modules["os.path"] is os.path)
print(os.stat in os.supports_fd, os.scandir in os.supports_fd, os.stat in os.supports_follow_symlinks,
      os.supports_bytes_environ, isinstance(os.supports_dir_fd, set))
