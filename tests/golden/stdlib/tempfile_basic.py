# tempfile: gettempdir/prefix, mkstemp, mkdtemp, NamedTemporaryFile, TemporaryFile, TemporaryDirectory, errors
import os
import stat
import tempfile

print(tempfile.gettempprefix(), tempfile.gettempprefixb(), tempfile.TMP_MAX, tempfile.template)
tmp = tempfile.gettempdir()
print(os.path.isabs(tmp), os.path.isdir(tmp), tempfile.gettempdirb() == os.fsencode(tmp))

work = tempfile.mkdtemp(prefix="tf_", suffix="_dir")
name = os.path.basename(work)
print(name.startswith("tf_"), name.endswith("_dir"), len(name), oct(stat.S_IMODE(os.stat(work).st_mode)))


def shape(path, prefix, suffix):
    base = os.path.basename(path)
    middle = base[len(prefix):len(base) - len(suffix)]
    return (base.startswith(prefix), base.endswith(suffix), len(middle),
            all(c in "abcdefghijklmnopqrstuvwxyz0123456789_" for c in middle))


fd, path = tempfile.mkstemp(dir=work)
print(type(fd).__name__, os.path.dirname(path) == work, shape(path, "tmp", ""), oct(stat.S_IMODE(os.stat(path).st_mode)))
os.write(fd, b"written through the descriptor")
os.close(fd)
with open(path, "rb") as f:
    print(f.read())
fd, path2 = tempfile.mkstemp(suffix=".dat", prefix="data-", dir=work, text=True)
os.close(fd)
print(shape(path2, "data-", ".dat"))
fd, pathb = tempfile.mkstemp(prefix=b"b_", dir=os.fsencode(work))
os.close(fd)
print(type(pathb).__name__, shape(os.fsdecode(pathb), "b_", ""))
d2 = tempfile.mkdtemp(dir=work)
print(os.path.dirname(d2) == work, shape(d2, "tmp", ""))
print(shape(tempfile.mktemp(dir=work, suffix=".x"), "tmp", ".x"))

with tempfile.NamedTemporaryFile(dir=work, suffix=".txt") as f:
    f.write(b"bytes data")
    f.flush()
    f.seek(0)
    print(f.read(), os.path.exists(f.name), shape(f.name, "tmp", ".txt"), f.delete, f.mode)
print(os.path.exists(f.name), f.closed)
f = tempfile.NamedTemporaryFile("w+", dir=work, delete=False, encoding="utf-8")
f.write("text été\nline 2\n")
f.seek(0)
print([line for line in f])
f.close()
print(os.path.exists(f.name))
os.unlink(f.name)

with tempfile.TemporaryFile(dir=work) as t:
    t.write(b"anonymous")
    t.seek(0)
    print(t.read())
with tempfile.TemporaryFile("w+", dir=work) as t:
    t.write("text")
    t.seek(0)
    print(t.read())

with tempfile.TemporaryDirectory(dir=work, prefix="td_") as d:
    print(os.path.isdir(d), shape(d, "td_", ""))
    os.makedirs(os.path.join(d, "a", "b"))
    with open(os.path.join(d, "a", "b", "f.txt"), "w") as fh:
        fh.write("x")
print(os.path.exists(d))
td = tempfile.TemporaryDirectory(dir=work)
print(repr(td) == "<TemporaryDirectory %r>" % td.name, os.path.isdir(td.name))
td.cleanup()
td.cleanup()
print(os.path.exists(td.name))
print(tempfile.TemporaryDirectory[int])

for args in [dict(prefix=b"x", suffix="y"), dict(dir=b"/tmp", prefix="p")]:
    try:
        tempfile.mkstemp(**args)
    except TypeError as e:
        print("TypeError:", e)
try:
    tempfile.mkstemp(dir=os.path.join(work, "missing"))
except FileNotFoundError as e:
    print("FileNotFoundError:", e.strerror)
try:
    tempfile.mkdtemp(dir=os.path.join(work, "missing"))
except FileNotFoundError as e:
    print("FileNotFoundError:", e.strerror)

for p in (path, path2, os.fsdecode(pathb)):
    os.unlink(p)
os.rmdir(d2)
print(sorted(os.listdir(work)))
os.rmdir(work)
