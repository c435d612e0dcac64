# open() text files (native TextIOWrapper, newline=None and '\n') under
# pseudo-random read(n)/readline(n)/readline() sequences (an LCG keeps it
# deterministic): a \r\n pair counts as one character, newlines are tracked.
import os
seed = 4242
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
pieces = ["a", "\n", "\r", "\r\n", "xy", "é", "\u20ac\n", "zz\r"]
name = f"_fuzz_{os.getpid()}.txt"
for trial in range(150):
    nl = [None, "\n"][rnd(2)]
    data = "".join(pieces[rnd(8)] for _ in range(rnd(30))).encode("utf-8")
    with open(name, "wb") as f:
        f.write(data)
    out = []
    with open(name, newline=nl, encoding="utf-8") as t:
        for step in range(10):
            op = rnd(4)
            if op == 0:
                out.append(t.read(rnd(6) - 1))
            elif op == 1:
                out.append(t.readline(rnd(8) - 1))
            elif op == 2:
                out.append(t.read(1))
            else:
                out.append(t.readline())
        out.append(t.newlines)
    print(trial, repr(nl), out)
os.remove(name)
