# io.TextIOWrapper over in-memory binary buffers, FileIO, and the io class
# hierarchy as seen by isinstance on real streams.
import io
import os
import sys


def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


t = io.TextIOWrapper(io.BytesIO("h\xe9llo\r\nw\xf6rld\rend\nlast".encode()))
print(repr(t), t.encoding, t.errors, t.line_buffering, t.write_through)
print(repr(t.read(3)), repr(t.readline()), t.readlines(), t.newlines)
t = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\nd"), newline="")
print(t.readlines(), t.newlines)
t = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\nd"), newline="\r")
print(list(t))
t = io.TextIOWrapper(io.BytesIO(b"line1\nline2\n"), encoding="ascii")
print(t.readline(), t.tell(), t.read(), t.tell(), t.seek(0), t.read(4), repr(t.read(0)))
raw = io.BytesIO()
w = io.TextIOWrapper(raw, encoding="utf-8", newline="\r\n")
print(w.write("x\ny\n"), w.write("\u20ac"), w.tell())
w.flush()
print(raw.getvalue())
w = io.TextIOWrapper(io.BytesIO(), encoding="utf-16")
w.write("hi\n")
w.flush()
print(w.buffer.getvalue())
w.seek(0)
print(repr(w.read()))
w = io.TextIOWrapper(io.BytesIO(), encoding="latin-1", errors="replace")
w.write("caf\xe9 \u20ac")
w.flush()
print(w.buffer.getvalue(), w.errors)
big = io.TextIOWrapper(io.BytesIO(("\u00e9" * 5000 + "\n").encode() * 3))
print([len(line) for line in big])
attempt("encoding type", lambda: io.TextIOWrapper(io.BytesIO(), encoding=5))
attempt("encoding unknown", lambda: io.TextIOWrapper(io.BytesIO(), encoding="nope"))
attempt("newline bad", lambda: io.TextIOWrapper(io.BytesIO(), newline="x"))
t = io.TextIOWrapper(io.BytesIO(b"abc"))
attempt("write int", lambda: t.write(5))
attempt("seek cur", lambda: t.seek(1, 1))
attempt("seek end", lambda: t.seek(1, 2))
d = t.detach()
print(type(d).__name__, d.getvalue())
attempt("detached", lambda: t.read())
t = io.TextIOWrapper(io.BytesIO(b"abc"))
t.close()
attempt("closed read", lambda: t.read())
print(t.closed, repr(t))

# A per-process name: the modes of one test may run at the same time.
base = f"_io_tiow_tmp_{os.getpid()}"
_print = print


def print(*args, **kwargs):
    # Output shows the folder as BASE, whatever its per-process name.
    _print(*(str(a).replace(base, "BASE") for a in args), **kwargs)


with io.FileIO(base, "w") as f:
    print(repr(f).replace(base, "BASE"), f.write(b"raw bytes\n"), f.mode, f.writable(), f.readable(), f.closefd)
with io.FileIO(base) as f:
    print(f.read(3), f.readall(), f.tell(), f.seek(0), f.read(), f.fileno() > 2, f.name == base)
    buf = bytearray(3)
    f.seek(0)
    print(f.readinto(buf), buf)
print(repr(f), f.closed)
with io.FileIO(base, "a") as f:
    print(f.mode, f.write(b"more\n"))
with io.FileIO(base, "r+") as f:
    print(f.mode, f.read(), f.truncate(3), f.seek(0), f.read())
attempt("FileIO bad mode", lambda: io.FileIO(base, "rw"))
attempt("FileIO missing", lambda: io.FileIO(base + ".missing"))
attempt("FileIO read on w", lambda: io.FileIO(base, "w").read())
with open(base, "rb", buffering=0) as f:
    print(type(f).__name__, f.read(), isinstance(f, io.RawIOBase))
os.remove(base)

for obj in [sys.stdout, sys.stderr, sys.stdin]:
    print(type(obj).__name__, isinstance(obj, io.TextIOWrapper), isinstance(obj, io.TextIOBase),
          isinstance(obj, io.IOBase), isinstance(obj, io.BufferedIOBase))
print(issubclass(io.BufferedReader, io.BufferedIOBase), issubclass(io.FileIO, io.RawIOBase),
      issubclass(io.TextIOWrapper, io.TextIOBase), issubclass(io.StringIO, io.TextIOWrapper))
print([c.__name__ for c in io.StringIO.__mro__], [c.__name__ for c in io.BytesIO.__mro__])
print(io.open is open, all(hasattr(io, n) for n in ["open", "StringIO", "BytesIO", "FileIO", "TextIOWrapper"]))


class Upper(io.TextIOBase):
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s.upper())
        return len(s)

    def writable(self):
        return True


u = Upper()
print("hello", "world", file=u)
print(u.parts, u.closed, u.readable(), u.writable())
u.close()
print(u.closed)
attempt("closed iter", lambda: iter(u))
