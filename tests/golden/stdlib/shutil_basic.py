# shutil: copyfile/copy/copy2/copymode/copytree/ignore_patterns/move/rmtree/which/get_terminal_size and errors
import os
import shutil
import stat
import tempfile

base = tempfile.mkdtemp(prefix="shutil_test_")


def rel(p):
    return os.path.relpath(p, base)


def tree(top):
    out = []
    for dirpath, dirnames, filenames in os.walk(top):
        dirnames.sort()
        for name in sorted(filenames):
            full = os.path.join(dirpath, name)
            with open(full) as f:
                out.append((rel(full), f.read()))
    return out


def write(name, text):
    path = os.path.join(base, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
    return path


a = write("src/a.txt", "alpha\n")
write("src/b.py", "print('b')\n")
write("src/sub/c.txt", "gamma\n")
write("src/sub/d.pyc", "compiled\n")
os.chmod(a, 0o640)

print(rel(shutil.copyfile(a, os.path.join(base, "copy.txt"))))
print(oct(stat.S_IMODE(os.stat(os.path.join(base, "copy.txt")).st_mode)) != "0o640" or "umask")
print(rel(shutil.copy(a, os.path.join(base, "copy2.txt"))), oct(stat.S_IMODE(os.stat(os.path.join(base, "copy2.txt")).st_mode)))
os.mkdir(os.path.join(base, "dest"))
print(rel(shutil.copy(a, os.path.join(base, "dest"))))
os.utime(a, (1000000000, 1000000000))
target = shutil.copy2(a, os.path.join(base, "dest", "a2.txt"))
print(rel(target), os.stat(target).st_mtime, oct(stat.S_IMODE(os.stat(target).st_mode)))
shutil.copymode(os.path.join(base, "src", "b.py"), target)
print(oct(stat.S_IMODE(os.stat(target).st_mode)) == oct(stat.S_IMODE(os.stat(os.path.join(base, "src", "b.py")).st_mode)))

print(rel(shutil.copytree(os.path.join(base, "src"), os.path.join(base, "tree1"))))
print(tree(os.path.join(base, "tree1")))
shutil.copytree(os.path.join(base, "src"), os.path.join(base, "tree2"), ignore=shutil.ignore_patterns("*.pyc", "b*"))
print(tree(os.path.join(base, "tree2")))
print(sorted(shutil.ignore_patterns("*.txt", "?.py")(".", ["a.txt", "b.py", "cc.py", "d"])))
shutil.copytree(os.path.join(base, "src"), os.path.join(base, "tree2"), dirs_exist_ok=True)
print(len(tree(os.path.join(base, "tree2"))))

print(rel(shutil.move(os.path.join(base, "copy.txt"), os.path.join(base, "moved.txt"))))
print(rel(shutil.move(os.path.join(base, "moved.txt"), os.path.join(base, "dest"))))
print(rel(shutil.move(os.path.join(base, "tree2"), os.path.join(base, "tree3"))))
print(sorted(os.listdir(base)))

shutil.rmtree(os.path.join(base, "tree3"))
print(os.path.exists(os.path.join(base, "tree3")))

# Errors.
for func, args in [(shutil.copyfile, (a, a)), (shutil.copyfile, (os.path.join(base, "missing"), os.path.join(base, "x"))),
                   (shutil.copyfile, (a, os.path.join(base, "nodir", "x"))),
                   (shutil.copytree, (os.path.join(base, "src"), os.path.join(base, "tree1"))),
                   (shutil.rmtree, (os.path.join(base, "missing"),)),
                   (shutil.move, (os.path.join(base, "tree1"), os.path.join(base, "tree1", "inside"))),
                   (shutil.move, (a, os.path.join(base, "dest")))]:
    try:
        func(*args)
        print("no error")
    except shutil.Error as e:
        print("Error", str(e).replace(base, "BASE"))
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, rel(e.filename) if isinstance(e.filename, str) else e.filename)
    except Exception as e:
        print(type(e).__name__, str(e).replace(base, "BASE"))
calls = []
shutil.rmtree(os.path.join(base, "missing"), onerror=lambda f, p, e: calls.append((f.__name__, rel(p), e[0].__name__)))
print(calls)
shutil.rmtree(os.path.join(base, "missing"), ignore_errors=True)
print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError))

# which
bindir = os.path.join(base, "bin")
os.mkdir(bindir)
tool = write("bin/mytool", "#!/bin/sh\n")
write("bin/notexec", "x")
os.chmod(tool, 0o755)
print(rel(shutil.which("mytool", path=bindir)), shutil.which("notexec", path=bindir), shutil.which("nothing", path=bindir))
print(shutil.which("mytool", path=""), rel(shutil.which(tool)), shutil.which(os.path.join(bindir, "notexec")))
print(rel(shutil.which("notexec", mode=os.F_OK, path=os.pathsep.join(["/nonexistent", bindir]))))

# get_terminal_size from the environment and the fallback
os.environ["COLUMNS"] = "100"
os.environ["LINES"] = "30"
print(shutil.get_terminal_size())
del os.environ["COLUMNS"], os.environ["LINES"]
print(shutil.get_terminal_size((77, 11)))

f1 = open(a)
out = open(os.path.join(base, "obj.txt"), "w")
shutil.copyfileobj(f1, out, 2)
f1.close()
out.close()
print(open(os.path.join(base, "obj.txt")).read(), end="")
shutil.rmtree(base)
print(os.path.exists(base))
