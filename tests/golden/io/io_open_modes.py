# open() in every mode (r/w/a/x, +, b, t) on files in a private temporary
# folder: reading and writing APIs, seek/tell, closed/name/mode, errors.
import io
import os

# A per-process name: the modes of one test may run at the same time.
base = f"_io_open_tmp_{os.getpid()}"
_print = print


def print(*args, **kwargs):
    # Output shows the folder as BASE, whatever its per-process name.
    _print(*(str(a).replace(base, "BASE") for a in args), **kwargs)


if os.path.isdir(base):
    for name in os.listdir(base):
        os.remove(os.path.join(base, name))
    os.rmdir(base)
os.mkdir(base)
path = os.path.join(base, "f.txt")


def show(f):
    return (type(f).__name__, f.name == path, f.mode, f.closed)


with open(path, "w") as f:
    print(show(f), f.write("line one\n"), f.write("line two\nline three"), f.writable(), f.readable(),
          f.seekable(), f.tell())
    f.writelines(["\nfour\n", "five\n"])
print(f.closed)
with open(path) as f:
    print(show(f), repr(f.read(4)), repr(f.readline()), f.readlines())
with open(path, "r") as f:
    print([line for line in f])
with open(path, "rt") as f:
    print(repr(f.readline(3)), repr(f.readline(100)), f.tell())
    f.seek(0)
    print(repr(f.read()), repr(f.read()), repr(f.readline()))
with open(path, "a") as f:
    print(show(f), f.tell() > 0, f.write("six\n"))
with open(path, "r+") as f:
    print(show(f), repr(f.read(4)))
    f.seek(0)
    f.write("LINE")
    f.seek(0, 2)
    f.write("seven\n")
with open(path) as f:
    print(f.read().splitlines())
with open(path, "w+") as f:
    print(show(f), repr(f.read()), f.write("fresh\n"), f.seek(0), repr(f.read()))
with open(path, "a+") as f:
    print(show(f), f.write("more\n"), f.seek(0), repr(f.read()))
try:
    open(path, "x")
except FileExistsError as e:
    print("x mode:", type(e).__name__, e.errno, str(e).replace(base, "BASE"))
xpath = os.path.join(base, "new.txt")
with open(xpath, "x") as f:
    print(show(f)[2], f.write("created"))
with open(xpath, "xb" if False else "rb") as f:
    print(type(f).__name__, f.mode, f.read(), f.read())

bpath = os.path.join(base, "data.bin")
with open(bpath, "wb") as f:
    print(type(f).__name__, f.mode, f.write(b"\x00\x01binary\n"), f.write(bytearray(b"second\n")),
          f.write(memoryview(b"third")))
with open(bpath, "rb") as f:
    print(type(f).__name__, f.mode, f.read(2), f.readline(), f.readlines(), f.tell())
    f.seek(-5, 2)
    print(f.read(), f.seek(2), f.read(6), f.seek(1, 1), f.read(1))
with open(bpath, "r+b") as f:
    print(type(f).__name__, f.mode, f.read(2))
    f.seek(0)
    f.write(b"ZZ")
with open(bpath, "ab") as f:
    print(f.mode, f.write(b"!"))
with open(bpath, "rb") as f:
    print(list(f))
with open(bpath, "w+b") as f:
    print(f.mode, f.read(), f.write(b"abc"), f.seek(0), f.read())
with open(bpath, "a+b") as f:
    print(f.mode, f.write(b"def"), f.seek(0), f.read())

f = open(path)
f.close()
f.close()
for op in [f.read, f.readline, lambda: f.write("x"), f.tell, lambda: f.seek(0), f.fileno]:
    try:
        op()
    except ValueError as e:
        print("closed:", e)
with open(path, "w") as f:
    for op in [f.read, f.readline]:
        try:
            op()
        except io.UnsupportedOperation as e:
            print("unsupported:", type(e).__name__, e)
with open(path) as f:
    try:
        f.write("x")
    except io.UnsupportedOperation as e:
        print("unsupported:", e)
    try:
        f.seek(1, 1)
    except io.UnsupportedOperation as e:
        print("unsupported:", e)
with open(bpath, "rb") as f:
    try:
        f.write(b"x")
    except io.UnsupportedOperation as e:
        print("unsupported:", e)
with open(path, "w") as f:
    try:
        f.write(b"bytes")
    except TypeError as e:
        print("TypeError:", e)
with open(bpath, "wb") as f:
    try:
        f.write("text")
    except TypeError as e:
        print("TypeError:", e)

for mode in ["rw", "rr", "", "q", "rbt", "x+a", "U"]:
    try:
        open(path, mode)
    except ValueError as e:
        print(repr(mode), "ValueError", e)
for kwargs in [{"encoding": "utf-8", "mode": "rb"}, {"errors": "strict", "mode": "rb"}, {"newline": "", "mode": "rb"},
               {"newline": "x"}, {"buffering": 0}, {"closefd": False}]:
    try:
        open(path, **kwargs)
    except ValueError as e:
        print(kwargs, "ValueError", e)
for bad in [1.5, None, [path]]:
    try:
        open(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    open(os.path.join(base, "missing.txt"))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, str(e).replace(base, "BASE"))
try:
    open(base)
except IsADirectoryError as e:
    print(type(e).__name__, e.errno, str(e).replace(base, "BASE"))


class P:
    def __fspath__(self):
        return path


with open(P()) as f:
    print("pathlike:", repr(f.readline()))
with open(path, "rb", buffering=0) as f:
    print(type(f).__name__, f.read(3))
with open(path, buffering=1) as f:
    print(f.line_buffering, f.read(2))

for name in os.listdir(base):
    os.remove(os.path.join(base, name))
os.rmdir(base)
print(os.path.exists(base))
