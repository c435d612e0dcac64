#!/usr/bin/env python3
"""Regenerates tests/unit/frontend/data/dis/*.expected with CPython 3.11's dis.

Each snippet NAME.py is compiled as compile(source, "NAME.py", "exec") and
disassembled with dis.dis (show_caches=False). Code-object addresses
("at 0x7f...") are normalised to "at 0x?" so the text is stable; the
compiler test normalises Coil's output the same way.

NAME.facts gets one line per code object with the fields dis does not show
(qualname|argcount|posonlyargcount|kwonlyargcount|nlocals|stacksize|flags|
firstlineno|names|varnames|cellvars|freevars|linetable hex|exceptiontable hex).

Usage: scripts/gen_dis_expected.py [--dir DIR] [NAME ...]
"""
import dis
import io
import os
import pathlib
import re
import sys

if os.environ.get("PYTHONHASHSEED") != "0":
    # frozenset constants print in hash order; Coil's tests run with seed 0.
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

if sys.version_info[:2] != (3, 11):
    sys.exit("gen_dis_expected.py must run under CPython 3.11 (the oracle)")

DATA = pathlib.Path(__file__).resolve().parent.parent / "tests/unit/frontend/data/dis"
if len(sys.argv) > 2 and sys.argv[1] == "--dir":  # another snippet folder (e.g. a stdlib copy)
    DATA = pathlib.Path(sys.argv[2])
    del sys.argv[1:3]
ADDR = re.compile(r" at 0x[0-9a-fA-F]+")


def expected_for(path):
    source = path.read_text()
    code = compile(source, path.name, "exec")
    out = io.StringIO()
    dis.dis(code, file=out)
    return ADDR.sub(" at 0x?", out.getvalue())


def code_facts(code, out):
    """One line per code object (depth first, as dis recurses): the fields
    that dis does not show, so the test can compare them exactly."""
    fields = [
        code.co_qualname,
        code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount,
        code.co_nlocals, code.co_stacksize, code.co_flags, code.co_firstlineno,
        ",".join(code.co_names), ",".join(code.co_varnames),
        ",".join(code.co_cellvars), ",".join(code.co_freevars),
        code.co_linetable.hex(), code.co_exceptiontable.hex(),
    ]
    out.append("|".join(str(f) for f in fields))
    for c in code.co_consts:
        if hasattr(c, "co_code"):
            code_facts(c, out)


def facts_for(path):
    code = compile(path.read_text(), path.name, "exec")
    out = []
    code_facts(code, out)
    return "\n".join(out) + "\n"


def main(names):
    paths = sorted(DATA.glob("*.py"))
    if names:
        paths = [p for p in paths if p.stem in names]
    for p in paths:
        p.with_suffix(".expected").write_text(expected_for(p))
        p.with_suffix(".facts").write_text(facts_for(p))
    print(f"wrote {len(paths)} .expected files in {DATA}")


if __name__ == "__main__":
    main(sys.argv[1:])
