# os.path (posixpath): pure string operations on str and bytes, plus the
# type errors. Nothing here touches the filesystem except abspath/relpath
# results, which are printed relative to the current directory.
import os
import os.path
import posixpath

print(os.path is posixpath, os.sep, os.pathsep, repr(os.linesep), os.curdir, os.pardir, os.devnull, os.name,
      os.extsep, os.altsep, os.path.defpath)
paths = ["", "/", "//", "///", "a", "a/", "a/b", "/a/b/", "a//b", ".", "..", "../..", "/..", "a/../..",
         "/a/./b/../c", ".bashrc", "a/.b.c", "a.b/c", "...", "..a", "x.tar.gz", "//a//b", "///a/b",
         "a/b/../../..", "dir/file.", "/x/.y.", "a/b.c/"]
for p in paths:
    print(repr(p), os.path.split(p), os.path.splitext(p), repr(os.path.basename(p)), repr(os.path.dirname(p)),
          repr(os.path.normpath(p)), os.path.isabs(p), os.path.splitdrive(p))
for p in [b"/x/y.z", b"", b"a/../b", b"//q"]:
    print(p, os.path.split(p), os.path.splitext(p), os.path.basename(p), os.path.dirname(p), os.path.normpath(p))

print(os.path.join("a", "b"), os.path.join("/a", "b", "/c", "d"), os.path.join("a/", "b/", ""),
      repr(os.path.join("", "")), os.path.join(b"a", b"b"), os.path.join("a"), os.path.join("a", "", "b"))


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(os.path.join(P("x"), P("y")), os.path.basename(P("/q/r.s")), os.fspath(P(b"raw")), os.fspath("s"))
print(isinstance(P("a"), os.PathLike), isinstance("a", os.PathLike), issubclass(P, os.PathLike))

for args in [("a", b"b"), (1,), ("a", 1), (b"a", "b")]:
    try:
        os.path.join(*args)
    except TypeError as e:
        print("join", args, "TypeError", e)
for bad in [1, None, 2.5, [1]]:
    try:
        os.fspath(bad)
    except TypeError as e:
        print("fspath", "TypeError", e)


class Bad:
    def __fspath__(self):
        return 5


try:
    os.fspath(Bad())
except TypeError as e:
    print("fspath bad", e)

print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/l"]), repr(os.path.commonprefix([])),
      os.path.commonprefix(["abc", "abd"]), os.path.commonprefix([["a", "b"], ["a", "c"]]))
for v in [["/a/b", "/a/c"], ["a/b", "a"], ["/a", "/a"], ["a/./b", "a/b/c"], [b"/x/y", b"/x"], ["/", "/a"]]:
    print(v, os.path.commonpath(v))
for v in [[], ["/a", "b"], ["a", b"b"]]:
    try:
        os.path.commonpath(v)
    except (ValueError, TypeError) as e:
        print(v, type(e).__name__, e)

for p, s in [("a/b", "a"), ("a", "a/b/c"), ("x", "y"), ("a/b/c", "a/d"), (".", "."), ("/", "/usr"), (b"q", b"q/r")]:
    print(p, s, os.path.relpath(p, s))
try:
    os.path.relpath("")
except ValueError as e:
    print("relpath", e)
print(os.path.abspath("a/b/..") == os.path.join(os.getcwd(), "a"), os.path.isabs(os.path.abspath("x")))
print(os.path.normcase("A/B"), os.path.expanduser("no/tilde"), os.path.expandvars("no vars"))
os.environ["COIL_TEST_VAR"] = "value"
for v in ["$COIL_TEST_VAR", "${COIL_TEST_VAR}x", "$COIL_TEST_VAR$COIL_TEST_VAR", "$NOPE_NOT_SET/${NOPE_NOT_SET}", "$",
          "${", "a$$b", "${}", "$COIL_TEST_VAR.bar", b"$COIL_TEST_VAR/x"]:
    print(repr(v), repr(os.path.expandvars(v)))
home = os.environ.get("HOME")
os.environ["HOME"] = "/home/someone"
print(os.path.expanduser("~"), os.path.expanduser("~/x/y"), os.path.expanduser("x/~"), os.path.expanduser(b"~/b"))
os.environ["HOME"] = "/"
print(os.path.expanduser("~"), os.path.expanduser("~/z"))
if home is not None:
    os.environ["HOME"] = home
print(os.fsencode("caf\xe9"), os.fsdecode(b"caf\xc3\xa9"), os.fsdecode(b"\xff"), os.fsencode("\udcff"))
