# open() text mode: newline=None/''/'\n'/'\r'/'\r\n' on writing and reading
# (universal newlines, `newlines`), encodings and error handlers.
import os

# A per-process name: the modes of one test may run at the same time.
TMP = f"_io_newlines_{os.getpid()}.tmp"
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(TMP, "w", newline=nl) as f:
        f.write("a\nb\r\nc\rd")
    with open(TMP, "rb") as f:
        raw = f.read()
    res = []
    for rnl in [None, "", "\n", "\r", "\r\n"]:
        with open(TMP, newline=rnl) as f:
            res.append((f.readlines(), f.newlines))
    print(repr(nl), raw, res)
with open(TMP, "w", encoding="latin-1") as f:
    f.write("caf\xe9")
with open(TMP, encoding="latin-1") as f:
    print(f.read(), f.encoding)
with open(TMP, "rb") as f:
    print(f.read())
with open(TMP, encoding="utf-8", errors="replace") as f:
    print(f.read())
with open(TMP, encoding="ascii", errors="ignore") as f:
    print(f.read(), f.errors)
try:
    with open(TMP, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print(e)
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be", "latin-1", "ascii", "utf-8"]:
    try:
        with open(TMP, "w", encoding=enc) as f:
            f.write("h\xe9llo\nw\u20acrld\n" if enc not in ("ascii", "latin-1") else "hello\nworld\n")
        with open(TMP, "rb") as f:
            raw = f.read()
        with open(TMP, encoding=enc) as f:
            print(enc, raw, f.readline(), f.readlines(), f.encoding)
    except LookupError as e:
        print(enc, "LookupError", e)
with open(TMP, "w", encoding="ascii", errors="xmlcharrefreplace") as f:
    f.write("caf\xe9 \u20ac")
with open(TMP, "rb") as f:
    print(f.read())
try:
    with open(TMP, "w", encoding="ascii") as f:
        f.write("caf\xe9")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
with open(TMP, "wb") as f:
    f.write(b"ok \xff\xfe end")
for errors in ["replace", "ignore", "surrogateescape", "backslashreplace"]:
    with open(TMP, encoding="utf-8", errors=errors) as f:
        print(errors, ascii(f.read()), f.errors)
try:
    open(TMP, encoding="no-such-codec")
except LookupError as e:
    print("LookupError", e)
os.remove(TMP)
