# io.StringIO under a pseudo-random sequence of writes, reads, readlines,
# seeks, tells and truncations in every newline mode (an LCG keeps it
# deterministic); each trial prints its results.
import io

seed = 12345


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n


pieces = ["a", "\n", "\r", "\r\n", "xy", "", "\xe9\n", "zz\r"]
for trial in range(150):
    nl = [None, "", "\n", "\r", "\r\n"][rnd(5)]
    s = io.StringIO("".join(pieces[rnd(8)] for _ in range(rnd(6))), newline=nl)
    out = []
    for step in range(12):
        op = rnd(7)
        if op == 0:
            out.append(s.write("".join(pieces[rnd(8)] for _ in range(rnd(4)))))
        elif op == 1:
            out.append(s.read(rnd(5) - 1))
        elif op == 2:
            out.append(s.readline(rnd(6) - 1))
        elif op == 3:
            out.append(s.seek(rnd(12)))
        elif op == 4:
            out.append(s.tell())
        elif op == 5:
            out.append(s.truncate(rnd(10)) if rnd(2) else s.truncate())
        else:
            out.append(s.getvalue())
    out.append(s.newlines)
    print(trial, repr(nl), out)
