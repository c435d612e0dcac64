# errno: names, values, errorcode (in CPython's order) and the OSError
# subclass each errno selects.
import errno

names = sorted(n for n in dir(errno) if n.startswith("E"))
print(len(names), len(errno.errorcode))
for n in names:
    print(n, getattr(errno, n), errno.errorcode[getattr(errno, n)])
print(list(errno.errorcode.items())[:10])
print(errno.EWOULDBLOCK == errno.EAGAIN, errno.errorcode[errno.EWOULDBLOCK], errno.errorcode[errno.EDEADLK],
      errno.errorcode[errno.EOPNOTSUPP])
for code in [errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.EISDIR, errno.ENOTDIR, errno.EPIPE,
             errno.EAGAIN, errno.ECHILD, errno.ECONNREFUSED, errno.ECONNRESET, errno.ECONNABORTED, errno.EINTR,
             errno.ESRCH, errno.ETIMEDOUT, errno.EINPROGRESS, errno.EINVAL, 9999]:
    e = OSError(code, "message", "file.txt")
    print(code, type(e).__name__, e.errno, e.strerror, e.filename, str(e))
print(errno.__name__, type(errno.errorcode).__name__, "errorcode" in dir(errno))
