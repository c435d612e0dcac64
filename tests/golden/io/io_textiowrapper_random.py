# io.TextIOWrapper over a BytesIO under pseudo-random read(n)/readline(n)/
# readline() sequences in every newline mode (an LCG keeps it deterministic).
import io
seed = 777
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
pieces = ["a", "\n", "\r", "\r\n", "xy", "é", "\u20ac\n", "zz\r"]
for trial in range(200):
    nl = [None, "", "\n", "\r", "\r\n"][rnd(5)]
    data = "".join(pieces[rnd(8)] for _ in range(rnd(30))).encode("utf-8")
    t = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", newline=nl)
    rnd(5)
    out = []
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
