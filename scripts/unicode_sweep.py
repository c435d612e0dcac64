#!/usr/bin/env python3
"""Compares Coil's Unicode behaviour with CPython's over every code point.

Runs the same dump program under python3 and under Coil and reports, per
property, how many code points differ and the first few of them.

Usage: scripts/unicode_sweep.py COIL [--part unicodedata|str] [--show N]
"""
import subprocess
import sys

DUMP = r'''
import sys
part = sys.argv[1]
out = []
w = out.append
if part == "unicodedata":
    import unicodedata as u
    for cp in range(0x110000):
        c = chr(cp)
        w("%X %s %s %d %s %d %s %s %s %s %s" % (
            cp, u.category(c), u.bidirectional(c), u.combining(c), u.east_asian_width(c),
            u.mirrored(c), u.decomposition(c).replace(" ", "_") or "-",
            u.name(c, "-").replace(" ", "_"), u.decimal(c, "-"), u.digit(c, "-"), u.numeric(c, "-")))
elif part == "normalize":
    import unicodedata as u
    for cp in range(0x110000):
        c = chr(cp)
        w("%X %s %s %s %s" % (cp, *[ascii(u.normalize(f, c)) for f in ("NFC", "NFD", "NFKC", "NFKD")]))
else:
    for cp in range(0x110000):
        c = chr(cp)
        flags = "".join("1" if f() else "0" for f in (
            c.isalpha, c.isdigit, c.isdecimal, c.isnumeric, c.isalnum, c.isspace, c.isprintable,
            c.isidentifier, c.islower, c.isupper, c.istitle, (lambda: ("a" + c).isidentifier())))
        w("%X %s %s %s %s %s %s %d" % (cp, flags, ascii(c.upper()), ascii(c.lower()), ascii(c.casefold()),
                                       ascii(c.title()), ascii(c.swapcase()), len(("a" + c + "b").splitlines())))
sys.stdout.write("\n".join(out) + "\n")
'''

FIELDS = {
    "unicodedata": ["category", "bidirectional", "combining", "east_asian_width", "mirrored",
                    "decomposition", "name", "decimal", "digit", "numeric"],
    "normalize": ["NFC", "NFD", "NFKC", "NFKD"],
    "str": ["flags(isalpha,isdigit,isdecimal,isnumeric,isalnum,isspace,isprintable,isidentifier,"
            "islower,isupper,istitle,isidentifier-continue)", "upper", "lower", "casefold", "title",
            "swapcase", "splitlines"],
}


def run(cmd, part):
    r = subprocess.run(cmd + ["-c", DUMP, part], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"{cmd[0]} failed: {r.stderr[-2000:]}")
    return r.stdout.splitlines()


def main():
    coil = sys.argv[1]
    parts = ["unicodedata", "normalize", "str"]
    show = 5
    args = sys.argv[2:]
    if "--part" in args:
        parts = [args[args.index("--part") + 1]]
    if "--show" in args:
        show = int(args[args.index("--show") + 1])
    total = 0
    for part in parts:
        ref = run(["python3"], part)
        got = run([coil], part)
        names = FIELDS[part]
        counts = [0] * len(names)
        examples = [[] for _ in names]
        for a, b in zip(ref, got):
            if a == b:
                continue
            fa, fb = a.split(" "), b.split(" ")
            for i in range(len(names)):
                if i + 1 < len(fa) and (i + 1 >= len(fb) or fa[i + 1] != fb[i + 1]):
                    counts[i] += 1
                    if len(examples[i]) < show:
                        examples[i].append(f"U+{fa[0]}: python {fa[i + 1]} coil {fb[i + 1] if i + 1 < len(fb) else '?'}")
        if len(ref) != len(got):
            print(f"{part}: line counts differ ({len(ref)} vs {len(got)})")
        for i, n in enumerate(names):
            print(f"{part}.{n}: {counts[i]} code points differ")
            for e in examples[i]:
                print("    " + e)
            total += counts[i]
    print(f"total differences: {total}")
    return 1 if total else 0


sys.exit(main())
