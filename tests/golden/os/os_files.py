# os: files and directories in a private temporary folder next to the
# test: mkdir/makedirs, listdir, scandir, stat, open/read/write/lseek/close,
# rename/replace, remove, rmdir/removedirs, walk, and OSError details.
import errno
import os
import stat

# A per-process name: the modes of one test may run at the same time.
base = f"_os_files_tmp_{os.getpid()}"
_print = print


def print(*args, **kwargs):
    # Output shows the folder as BASE, whatever its per-process name.
    _print(*(str(a).replace(base, "BASE") for a in args), **kwargs)


if os.path.exists(base):
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(base)

os.mkdir(base)
print(os.path.isdir(base), os.path.exists(base), os.path.isfile(base), os.listdir(base))
os.makedirs(os.path.join(base, "a", "b", "c"))
os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
try:
    os.makedirs(os.path.join(base, "a", "b"))
except FileExistsError as e:
    print("makedirs:", type(e).__name__, e.errno, e.strerror, e.filename == os.path.join(base, "a", "b"))
try:
    os.mkdir(base)
except OSError as e:
    print("mkdir:", type(e).__name__, e)

fname = os.path.join(base, "data.bin")
fd = os.open(fname, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(type(fd).__name__, os.write(fd, b"hello world\n"), os.write(fd, bytearray(b"more")), os.write(fd, memoryview(b"!")))
os.close(fd)
fd = os.open(fname, os.O_RDONLY)
print(os.read(fd, 5), os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, -5, os.SEEK_END), os.read(fd, 100), os.read(fd, 10))
print(os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 3), os.isatty(fd))
st = os.fstat(fd)
print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), len(st), st[6] == st.st_size)
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print("close twice:", type(e).__name__, e.errno == errno.EBADF, e)
try:
    os.read(fd, 1)
except OSError as e:
    print("read closed:", e)

st = os.stat(fname)
print(st.st_size, type(st).__name__, type(st.st_mtime).__name__,
      type(st.st_mtime_ns).__name__, st.st_mtime_ns // 10**9 == st[8], isinstance(st, tuple), st.st_nlink)
print(os.path.getsize(fname), os.stat(fname) == os.lstat(fname), os.path.samefile(fname, fname))
os.chmod(fname, 0o600)
print(oct(stat.S_IMODE(os.stat(fname).st_mode)), stat.filemode(os.stat(fname).st_mode), os.access(fname, os.R_OK), os.access(base + "/nope", os.F_OK))
os.utime(fname, (1000000000, 1500000000))
st = os.stat(fname)
print(st.st_atime, st.st_mtime, st[8], st.st_mtime_ns, os.path.getmtime(fname))
os.utime(fname, ns=(5 * 10**9 + 5, 7 * 10**9 + 250))
print(os.stat(fname).st_mtime_ns, os.stat(fname).st_atime_ns)
os.truncate(fname, 5)
with open(fname, "rb") as f:
    print(f.read())

with open(os.path.join(base, "a", "note.txt"), "w") as f:
    f.write("note\n")
os.rename(fname, os.path.join(base, "renamed.bin"))
print(sorted(os.listdir(base)), sorted(os.listdir(base.encode())))
os.replace(os.path.join(base, "renamed.bin"), os.path.join(base, "a", "note.txt"))
print(sorted(os.listdir(base)), sorted(os.listdir(os.path.join(base, "a"))))
try:
    os.rename(os.path.join(base, "missing"), os.path.join(base, "x"))
except FileNotFoundError as e:
    print("rename:", e.errno, e.strerror, e.filename, e.filename2)
    print(str(e).replace(base, "BASE"))

with os.scandir(base) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path == os.path.join(base, e.name), e.is_dir(), e.is_file(), e.is_symlink(),
          os.fspath(e) == e.path, e.stat().st_size if e.is_file() else "-")
print(type(entries[0]).__name__, sorted(e.name for e in os.scandir(base.encode())))

os.symlink("a", os.path.join(base, "link"))
print(os.path.islink(os.path.join(base, "link")), os.readlink(os.path.join(base, "link")),
      os.path.lexists(os.path.join(base, "link")), stat.S_ISLNK(os.lstat(os.path.join(base, "link")).st_mode))
print(os.path.realpath(os.path.join(base, "link", "b")) == os.path.realpath(os.path.join(base, "a", "b")))

for root, dirs, files in os.walk(base):
    dirs.sort()
    print("walk", root, sorted(dirs), sorted(files))
for root, dirs, files in os.walk(base, topdown=False):
    print("walk up", root, sorted(dirs), sorted(files))
print(list(os.walk(os.path.join(base, "missing"))))
errors = []
list(os.walk(os.path.join(base, "missing"), onerror=errors.append))
print([type(e).__name__ for e in errors])

for bad, call in [("missing", os.stat), ("missing", os.remove), ("missing", os.rmdir), ("missing", os.listdir),
                  ("a", os.remove), ("a", os.rmdir), ("a/note.txt", os.listdir), ("a/note.txt/x", os.stat),
                  ("a", os.mkdir)]:
    try:
        call(os.path.join(base, bad))
    except OSError as e:
        print(call.__name__, bad, type(e).__name__, errno.errorcode[e.errno], e.strerror,
              str(e).replace(base, "BASE"))

os.remove(os.path.join(base, "link"))
os.unlink(os.path.join(base, "a", "note.txt"))
os.removedirs(os.path.join(base, "a", "b", "c"))
print(os.path.exists(base), os.listdir(".").count(base))

r, w = os.pipe()
os.write(w, b"through the pipe")
os.close(w)
print(os.read(r, 7), os.read(r, 100), os.read(r, 100))
os.close(r)
fd2 = os.dup(1)
print(fd2 > 2, os.get_inheritable(fd2))
os.close(fd2)

for args in [(1.5,), (None,)]:
    try:
        os.stat(*args)
    except TypeError as e:
        print("stat type:", e)
for f, a in [(os.listdir, (1.5,)), (os.mkdir, (1.5,)), (os.rename, (1, 2)), (os.remove, (3,)), (os.chdir, (None,)),
             (os.open, (1.5, 0)), (os.lstat, (3,)), (os.scandir, (1.5,)), (os.read, ("x", 1)), (os.stat, ("a\0b",))]:
    try:
        f(*a)
    except (TypeError, ValueError) as e:
        print(f.__name__, type(e).__name__, e)
os.mkdir(base)
cwd = os.getcwd()
os.chdir(base)
print(os.path.basename(os.getcwd()) == base, os.listdir())
os.chdir("..")
print(os.getcwd() == cwd, isinstance(os.getcwdb(), bytes))
os.rmdir(base)
print(os.path.exists(base))
