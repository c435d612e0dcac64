# File handling: write/read/append, iteration, seek/tell, modes, encodings and the usual errors
import os
# Per-process names: the runner may run the three modes at once.
PATH = "/tmp/coil_conformance_file_io_1_%d.txt" % os.getpid()
PATH2 = "/tmp/coil_conformance_file_io_1_latin_%d.txt" % os.getpid()
with open(PATH, "w") as f:
    n = f.write("line one\nline two\n")
    f.write("third line without newline")
    print(n, f.name == PATH, f.mode, f.closed, f.encoding, f.tell())
print(f.closed)
with open(PATH) as f:
    print(repr(f.read()))
with open(PATH) as f:
    print(f.readline(), end="")
    print(repr(f.readline()), f.tell())
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()))
with open(PATH) as f:
    for i, line in enumerate(f, 1):
        print(i, line.rstrip("\n"))
with open(PATH, "a") as f:
    f.write("\nappended é ☕")
with open(PATH, "rb") as f:
    data = f.read()
    print(data[-10:], len(data), type(data).__name__)
with open(PATH, encoding="utf-8") as f:
    f.seek(5)
    print(repr(f.read(3)), f.tell())
    print(list(f)[-1])
try:
    open("/tmp/coil_conformance_definitely_missing/x.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e, e.errno, e.filename, e.strerror)
try:
    open(PATH, "q")
except ValueError as e:
    print("ValueError:", e)
f = open(PATH)
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
with open(PATH, "w") as f:
    print("via print", 1, 2, file=f)
    f.writelines(["a\n", "b\n"])
print(open(PATH).read().splitlines())
try:
    with open(PATH) as f:
        f.write("x")
except OSError as e:
    print(type(e).__name__, e)
try:
    with open(PATH, "wb") as f:
        f.write("text")
except TypeError as e:
    print("TypeError:", e)
with open(PATH, "w", newline="") as f:
    f.write("crlf\r\nline\n")
with open(PATH) as f:
    print(repr(f.read()))
with open(PATH, newline="") as f:
    print(repr(f.read()))
with open(PATH, "r+") as f:
    f.write("CR")
    f.seek(0)
    print(repr(f.read()))
try:
    open(".")
except IsADirectoryError as e:
    print("IsADirectoryError:", e)
print(repr(open(PATH)).split(" ")[0])
with open(PATH2, "w", encoding="latin-1") as f:
    f.write("café")
try:
    open(PATH2, encoding="utf-8").read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(open(PATH2, encoding="utf-8", errors="replace").read())
print(open(PATH2, "rb").read())
for p in (PATH, PATH2):
    if os.path.exists(p):
        os.remove(p)
