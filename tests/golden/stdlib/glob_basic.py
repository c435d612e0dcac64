# glob: glob/iglob with *, ?, [..], hidden files, recursive **, root_dir, bytes, escape, has_magic
import glob
import os
import shutil
import tempfile

base = tempfile.mkdtemp(prefix="glob_test_")
for p in ["a.py", "b.txt", ".hidden.py", "sub/c.py", "sub/.h/d.py", "sub/deep/e.py", "x[1].py",
          "sub/deep/f.txt", "empty/", "A1.py", "A2.py"]:
    full = os.path.join(base, p)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    if not p.endswith("/"):
        open(full, "w").close()
os.chdir(base)
patterns = ["*", "*.py", "**", "**/*.py", "sub/*", "sub/**", "*/*.py", ".*", "sub/.*/*", "x[[]1].py",
            "x?1?.py", "nope/*", "", "sub/", "*/", "**/", "a.py", "missing.py", "s*/d*/*", "[ab].*",
            "sub/**/e.py", "A[0-9].py", "A[!1].py", "*/deep"]
for pat in patterns:
    print(repr(pat), sorted(glob.glob(pat)), sorted(glob.glob(pat, recursive=True)))
print(sorted(glob.glob("*.py", root_dir=os.path.join(base, "sub"))))
print(sorted(glob.glob("**/*.txt", root_dir=base, recursive=True)))
print(sorted(glob.glob(os.path.join(base, "sub", "*.py")))[0].replace(base, "BASE"))
print(sorted(glob.glob(b"*.py")), sorted(glob.glob(b"**", recursive=True)))
it = glob.iglob("sub/*")
print(type(it).__name__ in ("generator", "chain"), sorted(it))
print(glob.escape("a*b?[c].py"), glob.escape(b"x[y]"), glob.has_magic("a[b"), glob.has_magic("plain"), glob.has_magic(b"*"))
print(glob.glob(glob.escape("x[1].py")))
os.chdir("/")
shutil.rmtree(base)
